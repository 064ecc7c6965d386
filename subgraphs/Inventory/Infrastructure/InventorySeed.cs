using ECommerce.Inventory.Model;
using ECommerce.ServiceDefaults.Seeding;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ECommerce.Inventory.Infrastructure;

/// <summary>
/// Stock for every product of the seeded catalog (<see cref="SeedCatalog"/>), in one INSERT. Runs at every
/// start; a product that already has a stock row keeps it exactly as it is (sales and admin changes stand).
/// </summary>
public static class InventorySeed
{
    private const string InsertSql = """
        INSERT INTO stock_items (product_id, on_hand, reserved, low_stock_threshold, updated_at)
        SELECT seed.product_id, seed.on_hand, 0, @threshold, now()
        FROM unnest(@product_ids, @on_hand) AS seed(product_id, on_hand)
        ON CONFLICT (product_id) DO NOTHING
        """;

    /// <summary>
    /// Units on hand of seeded product <paramref name="number"/>: every tenth product is sold out, the
    /// ones ending in 5 are low (1-9 units, below the threshold of 10), the rest have 25-200.
    /// </summary>
    public static int OnHand(int number) => (number % 10) switch
    {
        0 => 0,
        5 => 1 + (number / 10 % 9),
        _ => 25 + (number * 37 % 176),
    };

    public static async Task RunAsync(InventoryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var numbers = Enumerable.Range(1, SeedCatalog.ProductCount).ToArray();
        await context.Database.ExecuteSqlRawAsync(
            InsertSql,
            [
                new NpgsqlParameter("threshold", StockLimits.DefaultLowStockThreshold),
                new NpgsqlParameter("product_ids", numbers.Select(SeedCatalog.ProductId).ToArray()),
                new NpgsqlParameter("on_hand", numbers.Select(OnHand).ToArray()),
            ],
            cancellationToken);
    }
}
