using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Infrastructure;

/// <summary>
/// The writes of adding to a cart and of a checkout (a cart with an item, an order with an item and
/// its first status, the order paid and the cart emptied), for the start-up warm-up; it runs in a
/// transaction that is rolled back (<see cref="ServiceDefaults.Warmup.DatabaseWriteWarmupStep{TContext}"/>).
/// </summary>
public static class OrdersWriteRehearsal
{
    public static async Task RunAsync(OrdersContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = DateTimeOffset.UtcNow;
        var userId = Guid.NewGuid();
        var productId = SeedCatalog.ProductId(1);
        db.Carts.Add(new Cart { UserId = userId, UpdatedAt = now, Items = [new CartItem { UserId = userId, ProductId = productId, Quantity = 1, AddedAt = now }] });
        await db.SaveChangesAsync(cancellationToken);

        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Status = OrderStatus.Pending,
            Total = 1m,
            IdempotencyKey = "warmup-" + Guid.NewGuid().ToString("N"),
            ShippingAddress = new ShippingAddress { Name = "Warm-up", Line1 = "-", City = "-", PostalCode = "-", Country = "DE" },
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Orders.Add(order);
        db.OrderItems.Add(new OrderItem { Id = Guid.CreateVersion7(), OrderId = order.Id, ProductId = productId, Quantity = 1, UnitPrice = 1m, LineTotal = 1m, ProductName = "-", Sku = SeedCatalog.ProductSku(1) });
        db.StatusChanges.Add(new OrderStatusChange { OrderId = order.Id, Status = OrderStatus.Pending, Reason = "placed", ChangedAt = now });
        await db.SaveChangesAsync(cancellationToken);

        var locked = (await db.Orders.FromSql($"SELECT * FROM orders WHERE id = {order.Id} FOR UPDATE").ToListAsync(cancellationToken)).Single();
        locked.Status = OrderStatus.Paid;
        db.StatusChanges.Add(new OrderStatusChange { OrderId = order.Id, PreviousStatus = OrderStatus.Pending, Status = OrderStatus.Paid, ChangedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        List<Guid> productIds = [productId];
        await db.CartItems.Where(c => c.UserId == userId && productIds.Contains(c.ProductId)).ExecuteDeleteAsync(cancellationToken);
    }
}
