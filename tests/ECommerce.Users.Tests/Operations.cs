namespace ECommerce.Users.Tests;

/// <summary>The GraphQL documents the tests send.</summary>
internal static class Operations
{
    public const string UserFields = "id email name phone role createdAt addresses { id label line1 line2 city region postalCode country isDefault }";

    public const string SignUp = $$"""
        mutation SignUp($input: SignUpInput!) {
          signUp(input: $input) {
            token
            user { {{UserFields}} }
            errors {
              __typename
              ... on Error { message }
              ... on EmailTakenError { email }
              ... on InvalidInputError { field }
            }
          }
        }
        """;

    public const string LogIn = $$"""
        mutation LogIn($input: LogInInput!) {
          logIn(input: $input) {
            token
            user { {{UserFields}} }
            errors {
              __typename
              ... on Error { message }
              ... on TooManyAttemptsError { retryAfterSeconds }
            }
          }
        }
        """;

    public const string Me = $$"""query { me { {{UserFields}} } }""";

    public const string Users = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          users(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { id email name role }
          }
        }
        """;

    public const string UserById = "query($id: ID!) { userById(id: $id) { id email name phone } }";

    public const string UpdateProfile = $$"""
        mutation($input: UpdateProfileInput!) {
          updateProfile(input: $input) {
            user { {{UserFields}} }
            errors { __typename ... on Error { message } ... on InvalidInputError { field } }
          }
        }
        """;

    public const string AddAddress = $$"""
        mutation($input: AddAddressInput!) {
          addAddress(input: $input) {
            address { id label line1 line2 city region postalCode country isDefault }
            user { {{UserFields}} }
            errors { __typename ... on Error { message } ... on InvalidInputError { field } }
          }
        }
        """;

    public const string UpdateAddress = $$"""
        mutation($input: UpdateAddressInput!) {
          updateAddress(input: $input) {
            address { id label line1 line2 city region postalCode country isDefault }
            user { {{UserFields}} }
            errors { __typename ... on Error { message } ... on InvalidInputError { field } ... on AddressNotFoundError { addressId } }
          }
        }
        """;

    public const string RemoveAddress = $$"""
        mutation($input: RemoveAddressInput!) {
          removeAddress(input: $input) {
            address { id }
            user { {{UserFields}} }
            errors { __typename ... on Error { message } ... on AddressNotFoundError { addressId } }
          }
        }
        """;
}
