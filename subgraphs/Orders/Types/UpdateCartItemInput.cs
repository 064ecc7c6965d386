using Gql.Types;

namespace ECommerce.Orders.Types;

public sealed record UpdateCartItemInput(
    [property: ID] string ProductId,
    [property: GraphQLDescription("The new quantity (0 to 99); 0 removes the item.")] int Quantity);
