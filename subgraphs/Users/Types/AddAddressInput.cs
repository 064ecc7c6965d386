using Gql.Types;

namespace ECommerce.Users.Types;

public sealed record AddAddressInput(
    string? Label,
    string Line1,
    string? Line2,
    string City,
    string? Region,
    string PostalCode,
    [property: GraphQLDescription("ISO 3166-1 alpha-2 country code, such as \"DE\".")] string Country,
    [property: GraphQLDescription("Make this the default address (the first address always is).")] bool IsDefault = false);
