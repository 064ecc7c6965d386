using ECommerce.Inventory.Model;
using ECommerce.Inventory.Types;
using Npgsql;

namespace ECommerce.Inventory.Infrastructure;

/// <summary>
/// Reserves, commits and releases stock for orders, each in one PostgreSQL transaction. Stock rows are
/// locked in product id order (so two reservations of the same products cannot deadlock), checked, then
/// changed with UPDATEs that repeat the check; the table's CHECK constraints back both up. The order id
/// is the reservation's primary key, so a repeated or concurrent call for the same order reserves once.
/// </summary>
public sealed class ReservationStore(NpgsqlDataSource dataSource)
{
    private const string InsertReservationSql = """
        INSERT INTO reservations (order_id, status, created_at, updated_at)
        VALUES (@order_id, 'RESERVED', now(), now())
        ON CONFLICT (order_id) DO NOTHING
        """;

    private const string LockStockSql = """
        SELECT product_id, on_hand - reserved FROM stock_items
        WHERE product_id = ANY(@product_ids)
        ORDER BY product_id
        FOR UPDATE
        """;

    private const string ReserveStockSql = """
        UPDATE stock_items AS s SET reserved = s.reserved + l.quantity, updated_at = now()
        FROM unnest(@product_ids, @quantities) AS l(product_id, quantity)
        WHERE s.product_id = l.product_id AND s.on_hand - s.reserved >= l.quantity
        """;

    private const string InsertLinesSql = """
        INSERT INTO reservation_lines (order_id, product_id, quantity)
        SELECT @order_id, l.product_id, l.quantity FROM unnest(@product_ids, @quantities) AS l(product_id, quantity)
        """;

    private const string SelectReservationSql = "SELECT status FROM reservations WHERE order_id = @order_id";

    private const string SelectLinesSql = "SELECT product_id, quantity FROM reservation_lines WHERE order_id = @order_id";

    private const string LockReservedStockSql = """
        SELECT s.product_id FROM stock_items AS s
        JOIN reservation_lines AS l ON l.product_id = s.product_id
        WHERE l.order_id = @order_id
        ORDER BY s.product_id
        FOR UPDATE OF s
        """;

    private const string CommitStockSql = """
        UPDATE stock_items AS s SET on_hand = s.on_hand - l.quantity, reserved = s.reserved - l.quantity, updated_at = now()
        FROM reservation_lines AS l
        WHERE l.order_id = @order_id AND s.product_id = l.product_id
        """;

    private const string ReleaseStockSql = """
        UPDATE stock_items AS s SET reserved = s.reserved - l.quantity, updated_at = now()
        FROM reservation_lines AS l
        WHERE l.order_id = @order_id AND s.product_id = l.product_id
        """;

    private const string RestockSql = """
        UPDATE stock_items AS s SET on_hand = s.on_hand + l.quantity, updated_at = now()
        FROM reservation_lines AS l
        WHERE l.order_id = @order_id AND s.product_id = l.product_id
        """;

    private const string UpdateStatusSql = "UPDATE reservations SET status = @status, updated_at = now() WHERE order_id = @order_id";

    /// <summary>
    /// Reserves every line or none. <paramref name="lines"/> has one line per product. When the order
    /// already has a reservation, returns it unchanged (an <see cref="InvalidInputError"/> when its lines differ).
    /// </summary>
    public async Task<ReserveStockPayload> ReserveAsync(Guid orderId, IReadOnlyList<StockReservationLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var productIds = lines.Select(l => l.ProductId).ToArray();
        var quantities = lines.Select(l => l.Quantity).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Waits for a concurrent reservation of the same order to finish; inserts nothing when one exists.
        if (await connection.ExecuteAsync(transaction, InsertReservationSql, cancellationToken, ("order_id", orderId)) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var existing = await ReadAsync(connection, null, orderId, cancellationToken)
                ?? throw new InvalidOperationException($"The reservation of order {orderId} conflicted but cannot be read.");
            return HasLines(existing, lines)
                ? new ReserveStockPayload(ToReservation(existing), null)
                : new ReserveStockPayload(null, [new InvalidInputError("lines", $"Order {orderId} already has a reservation with other lines; a repeat must send the same lines.")]);
        }

        var available = await LockStockAsync(connection, transaction, productIds, cancellationToken);
        var shortages = lines
            .Where(l => available.GetValueOrDefault(l.ProductId) < l.Quantity)
            .Select(l => new InsufficientStockError(l.ProductId.ToString(), l.Quantity, Math.Max(0, available.GetValueOrDefault(l.ProductId))))
            .ToList();
        if (shortages.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new ReserveStockPayload(null, shortages);
        }

        var reserved = await connection.ExecuteAsync(transaction, ReserveStockSql, cancellationToken, ("product_ids", productIds), ("quantities", quantities));
        if (reserved != lines.Count)
        {
            throw new InvalidOperationException($"Reserving order {orderId} changed {reserved} of {lines.Count} locked stock rows.");
        }

        await connection.ExecuteAsync(transaction, InsertLinesSql, cancellationToken, ("order_id", orderId), ("product_ids", productIds), ("quantities", quantities));
        await transaction.CommitAsync(cancellationToken);
        return new ReserveStockPayload(ToReservation(orderId, ReservationStatusNames.Reserved, lines), null);
    }

    /// <summary>
    /// Moves a RESERVED reservation to <paramref name="target"/> (COMMITTED: the units leave on hand and
    /// reserved; RELEASED: they leave reserved only). Returns the reservation as it is afterwards (a
    /// reservation that had already ended keeps its status), or null when the order has none.
    /// </summary>
    public async Task<Reservation?> FinishAsync(Guid orderId, ReservationStatus target, CancellationToken cancellationToken)
    {
        var stockSql = target switch
        {
            ReservationStatus.Committed => CommitStockSql,
            ReservationStatus.Released => ReleaseStockSql,
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "A reservation can only be committed or released."),
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var reservation = await ReadAsync(connection, transaction, orderId, cancellationToken, forUpdate: true);
        if (reservation is null)
        {
            return null;
        }

        if (reservation.Status == ReservationStatusNames.Reserved)
        {
            await connection.ExecuteAsync(transaction, LockReservedStockSql, cancellationToken, ("order_id", orderId));
            var changed = await connection.ExecuteAsync(transaction, stockSql, cancellationToken, ("order_id", orderId));
            if (changed != reservation.Lines.Count)
            {
                throw new InvalidOperationException($"Finishing the reservation of order {orderId} changed {changed} of {reservation.Lines.Count} stock rows.");
            }

            reservation.Status = ReservationStatusNames.ToName(target);
            await connection.ExecuteAsync(transaction, UpdateStatusSql, cancellationToken, ("order_id", orderId), ("status", reservation.Status));
        }

        await transaction.CommitAsync(cancellationToken);
        return ToReservation(reservation);
    }

    /// <summary>
    /// Puts the units of a cancelled or refunded order back on sale, wherever its reservation got to:
    /// COMMITTED units return to on hand (RESTOCKED), RESERVED ones are released (RELEASED); a
    /// reservation that is RELEASED or RESTOCKED already is returned as it is, so a repeat changes
    /// nothing. Null when the order has no reservation.
    /// </summary>
    public async Task<Reservation?> RestockAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var reservation = await ReadAsync(connection, transaction, orderId, cancellationToken, forUpdate: true);
        if (reservation is null)
        {
            return null;
        }

        var (stockSql, target) = reservation.Status switch
        {
            ReservationStatusNames.Committed => (RestockSql, ReservationStatusNames.Restocked),
            ReservationStatusNames.Reserved => (ReleaseStockSql, ReservationStatusNames.Released),
            _ => ((string?)null, reservation.Status),
        };
        if (stockSql is not null)
        {
            await connection.ExecuteAsync(transaction, LockReservedStockSql, cancellationToken, ("order_id", orderId));
            var changed = await connection.ExecuteAsync(transaction, stockSql, cancellationToken, ("order_id", orderId));
            if (changed != reservation.Lines.Count)
            {
                throw new InvalidOperationException($"Restocking the reservation of order {orderId} changed {changed} of {reservation.Lines.Count} stock rows.");
            }

            reservation.Status = target;
            await connection.ExecuteAsync(transaction, UpdateStatusSql, cancellationToken, ("order_id", orderId), ("status", target));
        }

        await transaction.CommitAsync(cancellationToken);
        return ToReservation(reservation);
    }

    private static async Task<Dictionary<Guid, int>> LockStockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] productIds, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, LockStockSql, ("product_ids", productIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var available = new Dictionary<Guid, int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            available[reader.GetGuid(0)] = reader.GetInt32(1);
        }

        return available;
    }

    private static async Task<StockReservation?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid orderId, CancellationToken cancellationToken, bool forUpdate = false)
    {
        string? status;
        await using (var select = connection.Command(transaction, forUpdate ? SelectReservationSql + " FOR UPDATE" : SelectReservationSql, ("order_id", orderId)))
        {
            status = (string?)await select.ExecuteScalarAsync(cancellationToken);
        }

        if (status is null)
        {
            return null;
        }

        var reservation = new StockReservation { OrderId = orderId, Status = status };
        await using var lines = connection.Command(transaction, SelectLinesSql, ("order_id", orderId));
        await using var reader = await lines.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            reservation.Lines.Add(new StockReservationLine { OrderId = orderId, ProductId = reader.GetGuid(0), Quantity = reader.GetInt32(1) });
        }

        return reservation;
    }

    private static bool HasLines(StockReservation reservation, IReadOnlyList<StockReservationLine> lines)
        => reservation.Lines.Count == lines.Count
           && lines.All(line => reservation.Lines.Any(l => l.ProductId == line.ProductId && l.Quantity == line.Quantity));

    private static Reservation ToReservation(StockReservation reservation) => ToReservation(reservation.OrderId, reservation.Status, reservation.Lines);

    private static Reservation ToReservation(Guid orderId, string status, IEnumerable<StockReservationLine> lines) => new()
    {
        OrderId = orderId.ToString(),
        Status = ReservationStatusNames.Parse(status),
        Lines = [.. lines.OrderBy(l => l.ProductId).Select(l => new ReservationLine(l.ProductId.ToString(), l.Quantity))],
    };
}
