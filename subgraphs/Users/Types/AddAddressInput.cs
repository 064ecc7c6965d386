using Gql.Types;

namespace ECommerce.Users.Types;

public sealed record AddAddressInput(
    string Line1,
    string City,
    string PostalCode,
    [property: GraphQLDescription("ISO 3166-1 alpha-2 country code, such as \"DE\".")] string Country,
    string? Label = null,
    string? Line2 = null,
    string? Region = null,
    [property: GraphQLDescription("Make this the default address (the first address always is).")] bool IsDefault = false);
