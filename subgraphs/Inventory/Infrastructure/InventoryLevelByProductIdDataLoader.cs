using ECommerce.Inventory.Model;
using ECommerce.Inventory.Types;
using Gql.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Inventory.Infrastructure;

/// <summary>
/// Stock levels by product id in one query per batch: the gateway's entity lookups for a page of
/// products ask for many at once. A product without a stock row has nothing on hand.
/// </summary>
public sealed class InventoryLevelByProductIdDataLoader(DataLoaderScope scope, DbContextOptions<InventoryContext> options)
    : BatchDataLoader<Guid, InventoryLevel>(scope)
{
    public static InventoryLevel NoStock() => new() { OnHand = 0, Reserved = 0, LowStockThreshold = StockLimits.DefaultLowStockThreshold };

    public static InventoryLevel ToLevel(StockItem stock)
    {
        ArgumentNullException.ThrowIfNull(stock);
        return new InventoryLevel { OnHand = stock.OnHand, Reserved = stock.Reserved, LowStockThreshold = stock.LowStockThreshold };
    }

    protected override async Task<IReadOnlyDictionary<Guid, InventoryLevel>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = new InventoryContext(options);
        var found = await db.StockItems.AsNoTracking()
            .Where(s => keys.Contains(s.ProductId))
            .ToDictionaryAsync(s => s.ProductId, ToLevel, cancellationToken);
        return keys.ToDictionary(key => key, key => found.GetValueOrDefault(key) ?? NoStock());
    }
}
