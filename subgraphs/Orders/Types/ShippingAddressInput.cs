using Gql.Types;

namespace ECommerce.Orders.Types;

public sealed record ShippingAddressInput(
    [property: GraphQLDescription("The recipient.")] string Name,
    string Line1,
    string? Line2,
    string City,
    string? Region,
    string PostalCode,
    [property: GraphQLDescription("ISO 3166-1 alpha-2 country code, such as \"DE\".")] string Country);
