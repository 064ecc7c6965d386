using System.Text.Json;
using System.Text.Json.Serialization;
using ECommerce.Orders.Infrastructure.Outbox;
using ECommerce.Orders.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ECommerce.Orders.Infrastructure;

/// <summary>
/// Writes orders and their status changes. Every change is one transaction holding the order row's
/// lock: the new status, a status history row and an outbox event commit together or not at all.
/// </summary>
public sealed class OrderLedger(DbContextOptions<OrdersContext> options, TimeProvider time, OutboxSignal outboxSignal)
{
    public static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public OrdersContext CreateContext() => new(options);

    public async Task<Order?> FindAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        return await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
    }

    public async Task<IReadOnlyList<OrderItem>> ItemsAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        return await db.OrderItems.AsNoTracking().Where(i => i.OrderId == orderId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
    }

    /// <summary>PENDING orders placed before <paramref name="placedBefore"/>, oldest first: checkouts that were interrupted.</summary>
    public async Task<IReadOnlyList<Order>> PendingPlacedBeforeAsync(DateTimeOffset placedBefore, int limit, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        return await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Pending && o.CreatedAt < placedBefore)
            .OrderBy(o => o.CreatedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The user's order placed with <paramref name="idempotencyKey"/>, if any.</summary>
    public async Task<Order?> FindByIdempotencyKeyAsync(Guid userId, string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        return await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.UserId == userId && o.IdempotencyKey == idempotencyKey, cancellationToken);
    }

    /// <summary>
    /// Stores a new PENDING order with its items. When the user already has an order with the same
    /// idempotency key (a concurrent retry), nothing is written and that order is returned.
    /// </summary>
    public async Task<(Order Order, bool Created)> PlaceAsync(Order order, IReadOnlyList<OrderItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var now = time.GetUtcNow();
        order.Status = OrderStatus.Pending;
        order.CreatedAt = now;
        order.UpdatedAt = now;
        await using var db = CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Orders.Add(order);
        db.OrderItems.AddRange(items);
        var change = new OrderStatusChange { OrderId = order.Id, Status = OrderStatus.Pending, Reason = "placed", ChangedAt = now };
        db.StatusChanges.Add(change);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await transaction.RollbackAsync(cancellationToken);
            var existing = await FindByIdempotencyKeyAsync(order.UserId, order.IdempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("The order conflicted with another one that cannot be found.", ex);
            return (existing, false);
        }

        db.Outbox.Add(ToOutboxMessage(order, change));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        return (order, true);
    }

    /// <summary>
    /// Moves the order to <paramref name="to"/> if the status machine allows it. <paramref name="alsoInTransaction"/>
    /// runs inside the same transaction after the change (for example to empty the cart when an order is paid).
    /// </summary>
    public async Task<StatusChangeOutcome> ChangeStatusAsync(
        Guid orderId,
        OrderStatus to,
        string? reason,
        CancellationToken cancellationToken,
        Func<OrdersContext, Order, CancellationToken, Task>? alsoInTransaction = null)
    {
        await using var db = CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = (await db.Orders.FromSql($"SELECT * FROM orders WHERE id = {orderId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();
        if (order is null)
        {
            return new(StatusChangeResult.NotFound, null);
        }

        if (order.Status == to)
        {
            return new(StatusChangeResult.AlreadyInStatus, order);
        }

        if (!OrderStatusRules.CanChange(order.Status, to))
        {
            return new(StatusChangeResult.Illegal, order);
        }

        var now = time.GetUtcNow();
        var change = new OrderStatusChange { OrderId = order.Id, PreviousStatus = order.Status, Status = to, Reason = Truncate(reason), ChangedAt = now };
        order.Status = to;
        order.UpdatedAt = now;
        db.StatusChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        db.Outbox.Add(ToOutboxMessage(order, change));
        if (alsoInTransaction is not null)
        {
            await alsoInTransaction(db, order, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        return new(StatusChangeResult.Changed, order);
    }

    public static OrderStatusChangedEvent ToEvent(Order order, OrderStatusChange change)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(change);
        return new(order.Id, change.Status, change.PreviousStatus, change.Reason, change.ChangedAt, order.UserId, change.Id);
    }

    private OutboxMessage ToOutboxMessage(Order order, OrderStatusChange change) => new()
    {
        OrderId = order.Id,
        Type = OrderStatusChangedEvent.TypeName,
        Payload = JsonSerializer.Serialize(ToEvent(order, change), EventJson),
        CreatedAt = change.ChangedAt,
    };

    private static string? Truncate(string? reason) => reason is { Length: > 500 } ? reason[..500] : reason;
}
