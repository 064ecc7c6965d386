using System.Text.Json;
using ECommerce.Orders.Infrastructure.Services;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Orders.Tests;

[Collection(ShopCollection.Name)]
public sealed class CheckoutTests(ShopFixture shop)
{
    private SubgraphClient Client => shop.Orders.GraphQL;

    [Fact]
    public async Task Checkout_snapshots_prices_reserves_and_commits_stock_charges_once_and_empties_the_cart()
    {
        var (product, other) = (SeedCatalog.ProductId(101), SeedCatalog.ProductId(102));
        await Shop.SetStockAsync(shop.Inventory, product, 10);
        await Shop.SetStockAsync(shop.Inventory, other, 10);
        var userId = Guid.NewGuid();
        var token = shop.Orders.Token(userId);
        await AddAsync(token, product, 2);
        await AddAsync(token, other, 1);
        var catalog = await Shop.ProductAsync(shop.Products, product);

        var payload = await CheckoutAsync(token, "first-try");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var order = payload.GetProperty("order");
        var orderId = Guid.Parse(order.GetProperty("id").GetString()!);
        Assert.Equal("PAID", order.GetProperty("status").GetString());
        var first = order.GetProperty("items")[0];
        Assert.Equal(catalog.GetProperty("price").GetDecimal(), first.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(catalog.GetProperty("name").GetString(), first.GetProperty("productName").GetString());
        Assert.Equal(catalog.GetProperty("sku").GetString(), first.GetProperty("sku").GetString());
        Assert.Equal(["PENDING", "PAID"], order.GetProperty("statusHistory").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.Equal((8, 0, 8), await Shop.StockAsync(shop.Inventory, product));
        Assert.Equal((9, 0, 9), await Shop.StockAsync(shop.Inventory, other));
        Assert.Equal(["SUCCEEDED"], await Shop.PaymentsAsync(shop.Payments, orderId));
        Assert.Equal(0, (await Client.DataAsync(Operations.Cart, token: token)).GetProperty("cart").GetProperty("totalQuantity").GetInt32());
    }

    [Fact]
    public async Task A_retried_checkout_with_the_same_key_returns_the_same_order_and_never_charges_twice()
    {
        var product = SeedCatalog.ProductId(111);
        await Shop.SetStockAsync(shop.Inventory, product, 10);
        var token = shop.Orders.Token(Guid.NewGuid());
        await AddAsync(token, product, 1);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => CheckoutAsync(token, "same-key")));
        var later = await CheckoutAsync(token, "same-key");

        var ids = concurrent.Append(later).Select(p => p.GetProperty("order").GetProperty("id").GetString()).Distinct().ToList();
        var orderId = Guid.Parse(Assert.Single(ids)!);
        Assert.All(concurrent.Append(later), p => Assert.Equal("PAID", p.GetProperty("order").GetProperty("status").GetString()));
        Assert.Equal(["SUCCEEDED"], await Shop.PaymentsAsync(shop.Payments, orderId));
        Assert.Equal((9, 0, 9), await Shop.StockAsync(shop.Inventory, product));
    }

    [Fact]
    public async Task A_declined_card_ends_the_order_as_payment_failed_releases_the_stock_and_keeps_the_cart()
    {
        var product = SeedCatalog.ProductId(121);
        await Shop.SetStockAsync(shop.Inventory, product, 5);
        var token = shop.Orders.Token(Guid.NewGuid());
        await AddAsync(token, product, 2);

        var payload = await CheckoutAsync(token, "declined", "4000000000000002");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("PaymentDeclinedError", error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("declineCode").GetString()));
        Assert.Equal("PAYMENT_FAILED", payload.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal((5, 0, 5), await Shop.StockAsync(shop.Inventory, product));
        Assert.Equal(2, (await Client.DataAsync(Operations.Cart, token: token)).GetProperty("cart").GetProperty("totalQuantity").GetInt32());
    }

    [Fact]
    public async Task Insufficient_stock_is_a_typed_error_and_nothing_is_charged()
    {
        var product = SeedCatalog.ProductId(131);
        await Shop.SetStockAsync(shop.Inventory, product, 1);
        var token = shop.Orders.Token(Guid.NewGuid());
        await AddAsync(token, product, 3);

        var payload = await CheckoutAsync(token, "short");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("InsufficientStockError", error.GetProperty("__typename").GetString());
        Assert.Equal((product.ToString(), 3, 1), (error.GetProperty("productId").GetString(), error.GetProperty("requested").GetInt32(), error.GetProperty("available").GetInt32()));
        var orderId = Guid.Parse(payload.GetProperty("order").GetProperty("id").GetString()!);
        Assert.Equal("PAYMENT_FAILED", payload.GetProperty("order").GetProperty("status").GetString());
        Assert.Empty(await Shop.PaymentsAsync(shop.Payments, orderId));
        Assert.Equal((1, 0, 1), await Shop.StockAsync(shop.Inventory, product));
    }

    [Fact]
    public async Task A_product_the_catalog_does_not_know_creates_no_order()
    {
        var token = shop.Orders.Token(Guid.NewGuid());
        var unknown = Guid.NewGuid();
        await AddAsync(token, unknown, 1);

        var payload = await CheckoutAsync(token, "unknown");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ProductUnavailableError", error.GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("order").ValueKind);
    }

    [Fact]
    public async Task Payments_unavailable_releases_the_reservation_and_ends_the_order_as_payment_failed()
    {
        var product = SeedCatalog.ProductId(141);
        await Shop.SetStockAsync(shop.Inventory, product, 4);
        await using var orders = await shop.StartOrdersAsync(builder => builder.Configuration["ECOMMERCE_PAYMENTS_URL"] = "http://127.0.0.1:1/graphql");
        var token = orders.Token(Guid.NewGuid());
        await orders.GraphQL.DataAsync(Operations.AddToCart, new { input = new { productId = product.ToString(), quantity = 2 } }, token);

        var payload = (await orders.GraphQL.DataAsync(Operations.Checkout, Operations.CheckoutInput("payments-down"), token)).GetProperty("checkout");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("ServiceUnavailableError", "payments"), (error.GetProperty("__typename").GetString(), error.GetProperty("service").GetString()));
        Assert.Equal("PAYMENT_FAILED", payload.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal((4, 0, 4), await Shop.StockAsync(shop.Inventory, product));
    }

    [Fact]
    public async Task Cancelling_a_paid_order_refunds_it_and_refunding_a_shipped_order_refunds_it()
    {
        var product = SeedCatalog.ProductId(151);
        await Shop.SetStockAsync(shop.Inventory, product, 10);
        var admin = shop.Orders.AdminToken();
        var first = await PaidOrderAsync(product, "cancel-me");
        var second = await PaidOrderAsync(product, "refund-me");

        var cancelled = (await Client.DataAsync(Operations.CancelOrder, new { input = new { orderId = first.ToString(), reason = "customer asked" } }, admin)).GetProperty("cancelOrder");
        await Client.DataAsync(Operations.ShipOrder, new { input = new { orderId = second.ToString() } }, admin);
        var refunded = (await Client.DataAsync(Operations.RefundOrder, new { input = new { orderId = second.ToString() } }, admin)).GetProperty("refundOrder");
        var again = (await Client.DataAsync(Operations.RefundOrder, new { input = new { orderId = second.ToString() } }, admin)).GetProperty("refundOrder");

        Assert.Equal("CANCELLED", cancelled.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("REFUNDED", refunded.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal(["REFUNDED"], await Shop.PaymentsAsync(shop.Payments, first));
        Assert.Equal(["REFUNDED"], await Shop.PaymentsAsync(shop.Payments, second));
        Assert.Equal("InvalidStatusTransitionError", Assert.Single(again.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Cancelling_a_paid_order_puts_its_stock_back_once()
    {
        var product = SeedCatalog.ProductId(152);
        await Shop.SetStockAsync(shop.Inventory, product, 10);
        var admin = shop.Orders.AdminToken();
        var orderId = await PaidOrderAsync(product, "cancel-restock", quantity: 3);
        var sold = await Shop.StockAsync(shop.Inventory, product);

        var cancelled = (await Client.DataAsync(Operations.CancelOrder, new { input = new { orderId = orderId.ToString(), reason = "out of delivery area" } }, admin)).GetProperty("cancelOrder");
        var again = (await Client.DataAsync(Operations.CancelOrder, new { input = new { orderId = orderId.ToString(), reason = "twice" } }, admin)).GetProperty("cancelOrder");
        var retriedRestock = await shop.Orders.Services.GetRequiredService<InventoryClient>().RestockAsync(orderId, CancellationToken.None);

        Assert.Equal((7, 0, 7), sold);
        Assert.Equal("CANCELLED", cancelled.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("InvalidStatusTransitionError", Assert.Single(again.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
        Assert.True(retriedRestock);
        Assert.Equal((10, 0, 10), await Shop.StockAsync(shop.Inventory, product));
        Assert.Equal(["REFUNDED"], await Shop.PaymentsAsync(shop.Payments, orderId));
    }

    [Fact]
    public async Task Refunding_a_paid_order_restocks_it_but_refunding_a_shipped_one_does_not()
    {
        var product = SeedCatalog.ProductId(153);
        await Shop.SetStockAsync(shop.Inventory, product, 10);
        var admin = shop.Orders.AdminToken();
        var unshipped = await PaidOrderAsync(product, "refund-unshipped", quantity: 2);
        var shipped = await PaidOrderAsync(product, "refund-shipped", quantity: 4);
        await Client.DataAsync(Operations.ShipOrder, new { input = new { orderId = shipped.ToString() } }, admin);

        var refundedUnshipped = (await Client.DataAsync(Operations.RefundOrder, new { input = new { orderId = unshipped.ToString() } }, admin)).GetProperty("refundOrder");
        var refundedShipped = (await Client.DataAsync(Operations.RefundOrder, new { input = new { orderId = shipped.ToString() } }, admin)).GetProperty("refundOrder");

        Assert.Equal("REFUNDED", refundedUnshipped.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("REFUNDED", refundedShipped.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal((6, 0, 6), await Shop.StockAsync(shop.Inventory, product));
    }

    [Fact]
    public async Task Concurrent_checkouts_for_the_last_50_units_sell_exactly_50_and_never_oversell()
    {
        var product = SeedCatalog.ProductId(161);
        await Shop.SetStockAsync(shop.Inventory, product, 50);
        var customers = Enumerable.Range(0, 200).Select(_ => shop.Orders.Token(Guid.NewGuid())).ToList();
        await Task.WhenAll(customers.Select(token => AddAsync(token, product, 1)));

        var payloads = await Task.WhenAll(customers.Select((token, i) => CheckoutAsync(token, $"rush-{i}")));

        var paid = payloads.Where(p => p.GetProperty("order").GetProperty("status").GetString() == "PAID").ToList();
        var refused = payloads.Where(p => p.GetProperty("errors").ValueKind == JsonValueKind.Array).ToList();
        Assert.Equal(50, paid.Count);
        Assert.All(paid, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("errors").ValueKind));
        Assert.Equal(150, refused.Count);
        Assert.All(refused, p => Assert.Equal("InsufficientStockError", Assert.Single(p.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString()));
        Assert.Equal((0, 0, 0), await Shop.StockAsync(shop.Inventory, product));
        var charges = await Task.WhenAll(payloads.Select(p => Shop.PaymentsAsync(shop.Payments, Guid.Parse(p.GetProperty("order").GetProperty("id").GetString()!))));
        Assert.Equal(50, charges.Sum(c => c.Count(s => s == "SUCCEEDED")));
        Assert.Equal(50, charges.Sum(c => c.Length));
    }

    private async Task<Guid> PaidOrderAsync(Guid product, string key, int quantity = 1)
    {
        var token = shop.Orders.Token(Guid.NewGuid());
        await AddAsync(token, product, quantity);
        var payload = await CheckoutAsync(token, key);
        Assert.Equal("PAID", payload.GetProperty("order").GetProperty("status").GetString());
        return Guid.Parse(payload.GetProperty("order").GetProperty("id").GetString()!);
    }

    private Task<JsonElement> AddAsync(string token, Guid productId, int quantity)
        => Client.DataAsync(Operations.AddToCart, new { input = new { productId = productId.ToString(), quantity } }, token);

    private async Task<JsonElement> CheckoutAsync(string token, string idempotencyKey, string paymentMethod = "4242424242424242")
        => (await Client.DataAsync(Operations.Checkout, Operations.CheckoutInput(idempotencyKey, paymentMethod), token)).GetProperty("checkout");
}
