using Gql.Types;

namespace ECommerce.Inventory.Types;

public sealed record SetStockInput(
    [property: ID] string ProductId,
    [property: GraphQLDescription("The new number of units in the warehouse (0 or more, at least what is reserved).")] int OnHand,
    [property: GraphQLDescription("A new low-stock threshold; left out = unchanged (10 for a product without stock so far).")] int? LowStockThreshold = null);
