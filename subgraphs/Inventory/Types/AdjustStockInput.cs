using Gql.Types;

namespace ECommerce.Inventory.Types;

public sealed record AdjustStockInput(
    [property: ID] string ProductId,
    [property: GraphQLDescription("Units to add to on hand (a delivery), or to take away when negative (damage, a stock count).")] int Delta);
