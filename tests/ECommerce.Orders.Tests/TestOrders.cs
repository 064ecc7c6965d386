using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Seeding;

namespace ECommerce.Orders.Tests;

/// <summary>Arranges orders directly through the app's ledger (as checkout would leave them), so order tests need no other service.</summary>
internal static class TestOrders
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Paths = new()
    {
        [OrderStatus.Pending] = [],
        [OrderStatus.Paid] = [OrderStatus.Paid],
        [OrderStatus.Shipped] = [OrderStatus.Paid, OrderStatus.Shipped],
        [OrderStatus.Delivered] = [OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Delivered],
        [OrderStatus.PaymentFailed] = [OrderStatus.PaymentFailed],
        [OrderStatus.Cancelled] = [OrderStatus.Cancelled],
        [OrderStatus.Refunded] = [OrderStatus.Paid, OrderStatus.Refunded],
    };

    /// <summary>An order of <paramref name="userId"/> with one item per (product number, quantity, unit price), moved along the status machine to <paramref name="status"/>.</summary>
    public static async Task<Order> PlaceAsync(OrdersHost host, Guid userId, OrderStatus status = OrderStatus.Paid, params (int Product, int Quantity, decimal Price)[] lines)
    {
        if (lines.Length == 0)
        {
            lines = [(1, 2, 10.50m)];
        }

        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Currency = "EUR",
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            ShippingAddress = new ShippingAddress { Name = "Test Customer", Line1 = "Hauptstraße 1", City = "Berlin", PostalCode = "10115", Country = "DE" },
        };
        var items = lines.Select((line, index) => new OrderItem
        {
            Id = Guid.CreateVersion7(),
            OrderId = order.Id,
            Position = index,
            ProductId = SeedCatalog.ProductId(line.Product),
            Quantity = line.Quantity,
            UnitPrice = line.Price,
            LineTotal = line.Price * line.Quantity,
            ProductName = $"Product {line.Product}",
            Sku = SeedCatalog.ProductSku(line.Product),
        }).ToList();
        order.Total = items.Sum(i => i.LineTotal);
        return await host.WithLedgerAsync(async ledger =>
        {
            var (placed, _) = await ledger.PlaceAsync(order, items, CancellationToken.None);
            foreach (var next in Paths[status])
            {
                placed = (await ledger.ChangeStatusAsync(placed.Id, next, "arranged by the test", CancellationToken.None)).Order!;
            }

            return placed;
        });
    }
}
