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

    // Nullable although Inventory always answers: a non-null field of another subgraph would make the gateway drop
    // the whole product (spec null propagation) when Inventory is down, instead of only its stock.
    [GraphQLDescription("The product's stock (nothing on hand when it was never stocked). Null only when the gateway cannot reach Inventory, with an error at this path.")]
    public async Task<InventoryLevel?> GetInventoryAsync(InventoryLevelByProductIdDataLoader levels, CancellationToken cancellationToken)
        => await levels.LoadAsync(productId, cancellationToken) ?? InventoryLevelByProductIdDataLoader.NoStock();

    [GraphQLDescription("True when at least one unit is available. Null only when the gateway cannot reach Inventory.")]
    public async Task<bool?> GetInStockAsync(InventoryLevelByProductIdDataLoader levels, CancellationToken cancellationToken)
        => (await GetInventoryAsync(levels, cancellationToken))!.Available > 0;
}
