using ECommerce.Inventory.Infrastructure;
using Gql.Federation;
using Gql.Types;

namespace ECommerce.Inventory.Types;

/// <summary>
/// A product of the catalog, owned by the Products subgraph; Inventory contributes its stock.
/// Any id is a product here: one without a stock row has nothing on hand.
/// </summary>
[Key("id")]
public sealed class Product(Guid productId)
{
    [ID]
    public string Id { get; } = productId.ToString();

    public async Task<InventoryLevel> GetInventoryAsync(InventoryLevelByProductIdDataLoader levels, CancellationToken cancellationToken)
        => await levels.LoadAsync(productId, cancellationToken) ?? InventoryLevelByProductIdDataLoader.NoStock();

    [GraphQLDescription("True when at least one unit is available.")]
    public async Task<bool> GetInStockAsync(InventoryLevelByProductIdDataLoader levels, CancellationToken cancellationToken)
        => (await GetInventoryAsync(levels, cancellationToken)).Available > 0;
}
