using Gql.Types;

namespace ECommerce.Orders.Types;

public sealed record AddToCartInput(
    [property: ID] string ProductId,
    [property: GraphQLDescription("Added to the quantity already in the cart (1 to 99 in all).")] int Quantity = 1);
