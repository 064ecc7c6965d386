using ECommerce.Orders.Infrastructure.Services;
using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ECommerce.Orders.Tests;

/// <summary>The reconciliation job settles checkouts a crash left PENDING, from what Payments knows, without charging.</summary>
[Collection(ShopCollection.Name)]
public sealed class ReconciliationTests(ShopFixture shop)
{
    private static readonly TimeSpan PendingAge = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Interrupted_checkouts_older_than_the_pending_age_are_finished_or_failed_by_their_payment()
    {
        var (paidProduct, unchargedProduct, declinedProduct) = (SeedCatalog.ProductId(171), SeedCatalog.ProductId(172), SeedCatalog.ProductId(173));
        foreach (var product in new[] { paidProduct, unchargedProduct, declinedProduct })
        {
            await Shop.SetStockAsync(shop.Inventory, product, 10);
        }

        var charged = await StuckOrderAsync(171, paidProduct, "4242424242424242");
        var uncharged = await StuckOrderAsync(172, unchargedProduct, paymentMethod: null);
        var declined = await StuckOrderAsync(173, declinedProduct, "4000000000000002");
        var stuck = new[] { charged, uncharged, declined };
        var stockWhileStuck = await Shop.StockAsync(shop.Inventory, paidProduct);

        // A second instance on the same database, as after a restart, with the job running often.
        await using var reconciling = await shop.StartOrdersAsync(builder =>
        {
            builder.Configuration["Orders:Database"] = new NpgsqlConnectionStringBuilder(shop.Orders.ConnectionString).Database;
            builder.Configuration["Orders:Reconciliation:Interval"] = "00:00:00.2";
            builder.Configuration["Orders:Reconciliation:PendingAge"] = PendingAge.ToString();
        });
        await Poll.UntilAsync(
            async () => (await Task.WhenAll(stuck.Select(o => StatusAsync(o.Id)))).All(s => s != OrderStatus.Pending),
            TimeSpan.FromSeconds(60),
            "the reconciliation job to settle the three stuck orders");

        Assert.Equal((10, 3, 7), stockWhileStuck);
        Assert.Equal(OrderStatus.Paid, await StatusAsync(charged.Id));
        Assert.Equal((7, 0, 7), await Shop.StockAsync(shop.Inventory, paidProduct));
        Assert.Equal(["SUCCEEDED"], await Shop.PaymentsAsync(shop.Payments, charged.Id));
        Assert.Equal(OrderStatus.PaymentFailed, await StatusAsync(uncharged.Id));
        Assert.Equal((10, 0, 10), await Shop.StockAsync(shop.Inventory, unchargedProduct));
        Assert.Empty(await Shop.PaymentsAsync(shop.Payments, uncharged.Id));
        Assert.Equal(OrderStatus.PaymentFailed, await StatusAsync(declined.Id));
        Assert.Equal((10, 0, 10), await Shop.StockAsync(shop.Inventory, declinedProduct));
        Assert.Equal(["FAILED"], await Shop.PaymentsAsync(shop.Payments, declined.Id));
        foreach (var order in stuck)
        {
            var settled = await LastChangeAsync(order.Id);
            Assert.True(settled.ChangedAt - order.CreatedAt >= PendingAge, $"order {order.Id} was settled {settled.ChangedAt - order.CreatedAt} after it was placed");
            Assert.Contains(order == charged ? "settled after an interrupted checkout" : "checkout interrupted", settled.Reason, StringComparison.Ordinal);
        }
    }

    /// <summary>A PENDING order as a crash leaves it: stock reserved and, with a payment method, charged, but not finished.</summary>
    private async Task<Order> StuckOrderAsync(int productNumber, Guid productId, string? paymentMethod)
    {
        var userId = Guid.NewGuid();
        var order = await TestOrders.PlaceAsync(shop.Orders, userId, OrderStatus.Pending, (productNumber, 3, 12.50m));
        var shortages = await shop.Orders.Services.GetRequiredService<InventoryClient>().ReserveAsync(order.Id, [new ReservationLine(productId, 3)], CancellationToken.None);
        Assert.Empty(shortages);
        if (paymentMethod is not null)
        {
            await shop.Orders.Services.GetRequiredService<PaymentsClient>().ChargeAsync(order.Id, userId, order.Total, order.Currency, paymentMethod, CancellationToken.None);
        }

        return order;
    }

    private Task<OrderStatus?> StatusAsync(Guid orderId)
        => shop.Orders.WithLedgerAsync(async ledger => (await ledger.FindAsync(orderId, CancellationToken.None))?.Status);

    private Task<OrderStatusChange> LastChangeAsync(Guid orderId)
        => shop.Orders.WithLedgerAsync(async ledger =>
        {
            await using var db = ledger.CreateContext();
            return await db.StatusChanges.AsNoTracking().Where(c => c.OrderId == orderId).OrderByDescending(c => c.Id).FirstAsync();
        });
}
