using ECommerce.Inventory.Model;
using ECommerce.Inventory.Types;
using Npgsql;
using NpgsqlTypes;

namespace ECommerce.Inventory.Infrastructure;

/// <summary>
/// The admin's stock changes, each one statement on the product's row: the condition that on hand stays
/// at or above what is reserved is part of the statement, so a reservation running at the same moment
/// cannot slip in between a check and the write. A product without a stock row gets one.
/// </summary>
public sealed class StockStore(NpgsqlDataSource dataSource)
{
    private const string Returning = " RETURNING s.on_hand, s.reserved, s.low_stock_threshold";

    private const string SetSql = """
        INSERT INTO stock_items AS s (product_id, on_hand, reserved, low_stock_threshold, updated_at)
        VALUES (@product_id, @on_hand, 0, COALESCE(@threshold, @default_threshold), now())
        ON CONFLICT (product_id) DO UPDATE
        SET on_hand = excluded.on_hand, low_stock_threshold = COALESCE(@threshold, s.low_stock_threshold), updated_at = excluded.updated_at
        WHERE s.reserved <= excluded.on_hand
        """ + Returning;

    private const string AddSql = """
        INSERT INTO stock_items AS s (product_id, on_hand, reserved, low_stock_threshold, updated_at)
        VALUES (@product_id, @delta, 0, @default_threshold, now())
        ON CONFLICT (product_id) DO UPDATE
        SET on_hand = s.on_hand + excluded.on_hand, updated_at = excluded.updated_at
        WHERE s.on_hand + excluded.on_hand <= @max_on_hand
        """ + Returning;

    private const string RemoveSql = """
        UPDATE stock_items AS s SET on_hand = s.on_hand + @delta, updated_at = now()
        WHERE s.product_id = @product_id AND s.on_hand + @delta >= s.reserved
        """ + Returning;

    private const string SelectSql = "SELECT s.on_hand, s.reserved, s.low_stock_threshold FROM stock_items AS s WHERE s.product_id = @product_id";

    /// <summary>Sets on hand (and the threshold when given); refused when fewer than the reserved units would be left.</summary>
    public async Task<StockUpdate> SetAsync(Guid productId, int onHand, int? lowStockThreshold, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(
            null,
            SetSql,
            ("product_id", productId),
            ("on_hand", onHand),
            ("default_threshold", StockLimits.DefaultLowStockThreshold));
        command.Parameters.Add(new NpgsqlParameter("threshold", NpgsqlDbType.Integer) { Value = (object?)lowStockThreshold ?? DBNull.Value });
        return await ApplyAsync(connection, command, productId, cancellationToken);
    }

    /// <summary>
    /// Adds <paramref name="delta"/> to on hand. Refused when the result would be below what is reserved
    /// (for a negative delta) or above <see cref="StockLimits.MaxOnHand"/> (for a positive one).
    /// </summary>
    public async Task<StockUpdate> AdjustAsync(Guid productId, int delta, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = delta >= 0
            ? connection.Command(
                null,
                AddSql,
                ("product_id", productId),
                ("delta", delta),
                ("default_threshold", StockLimits.DefaultLowStockThreshold),
                ("max_on_hand", StockLimits.MaxOnHand))
            : connection.Command(null, RemoveSql, ("product_id", productId), ("delta", delta));
        return await ApplyAsync(connection, command, productId, cancellationToken);
    }

    private static async Task<StockUpdate> ApplyAsync(NpgsqlConnection connection, NpgsqlCommand command, Guid productId, CancellationToken cancellationToken)
    {
        if (await ReadLevelAsync(command, cancellationToken) is { } updated)
        {
            return new StockUpdate(true, updated);
        }

        await using var select = connection.Command(null, SelectSql, ("product_id", productId));
        return new StockUpdate(false, await ReadLevelAsync(select, cancellationToken) ?? InventoryLevelByProductIdDataLoader.NoStock());
    }

    private static async Task<InventoryLevel?> ReadLevelAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new InventoryLevel { OnHand = reader.GetInt32(0), Reserved = reader.GetInt32(1), LowStockThreshold = reader.GetInt32(2) }
            : null;
    }
}
