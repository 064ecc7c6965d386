using System.Text.Json;
using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;

namespace ECommerce.Orders.Tests;

[Collection(OrdersAppCollection.Name)]
public sealed class OrderQueryTests(OrdersServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task The_customer_reads_their_order_with_items_address_and_history()
    {
        var userId = Guid.NewGuid();
        var placed = await TestOrders.PlaceAsync(fixture.Host, userId, OrderStatus.Shipped, (1, 2, 10.50m), (7, 1, 99.99m));

        var order = (await Client.DataAsync(Operations.OrderById, new { id = placed.Id.ToString() }, fixture.Host.Token(userId))).GetProperty("orderById");

        Assert.Equal(placed.Id.ToString(), order.GetProperty("id").GetString());
        Assert.Equal(userId.ToString(), order.GetProperty("userId").GetString());
        Assert.Equal("SHIPPED", order.GetProperty("status").GetString());
        Assert.Equal(120.99m, order.GetProperty("total").GetDecimal());
        Assert.Equal("EUR", order.GetProperty("currency").GetString());
        Assert.Equal("Berlin", order.GetProperty("shippingAddress").GetProperty("city").GetString());
        var items = order.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([SeedCatalog.ProductId(1).ToString(), SeedCatalog.ProductId(7).ToString()], items.Select(i => i.GetProperty("product").GetProperty("id").GetString()));
        Assert.Equal(21.00m, items[0].GetProperty("lineTotal").GetDecimal());
        Assert.Equal(SeedCatalog.ProductSku(7), items[1].GetProperty("sku").GetString());
        Assert.Equal(
            [("", "PENDING"), ("PENDING", "PAID"), ("PAID", "SHIPPED")],
            order.GetProperty("statusHistory").EnumerateArray().Select(c => (c.GetProperty("previousStatus").GetString() ?? "", c.GetProperty("status").GetString()!)));
    }

    [Fact]
    public async Task Another_customer_gets_null_and_admins_and_services_get_the_order()
    {
        var placed = await TestOrders.PlaceAsync(fixture.Host, Guid.NewGuid());
        var variables = new { id = placed.Id.ToString() };

        var stranger = await Client.ExecuteAsync(Operations.OrderById, variables, fixture.Host.Token(Guid.NewGuid()));
        var admin = await Client.DataAsync(Operations.OrderById, variables, fixture.Host.AdminToken());
        var service = await Client.DataAsync(Operations.OrderById, variables, fixture.Host.ServiceToken());
        var anonymous = await Client.ExecuteAsync(Operations.OrderById, variables);

        Assert.Equal(JsonValueKind.Null, stranger.GetProperty("data").GetProperty("orderById").ValueKind);
        Assert.DoesNotContain(placed.Id.ToString(), stranger.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(placed.Id.ToString(), admin.GetProperty("orderById").GetProperty("id").GetString());
        Assert.Equal(placed.Id.ToString(), service.GetProperty("orderById").GetProperty("id").GetString());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], SubgraphClient.ErrorCodes(anonymous));
    }

    [Fact]
    public async Task Unknown_and_malformed_order_ids_are_null()
    {
        var token = fixture.Host.AdminToken();

        var unknown = await Client.DataAsync(Operations.OrderById, new { id = Guid.NewGuid().ToString() }, token);
        var malformed = await Client.DataAsync(Operations.OrderById, new { id = "42" }, token);

        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("orderById").ValueKind);
        Assert.Equal(JsonValueKind.Null, malformed.GetProperty("orderById").ValueKind);
    }

    [Fact]
    public async Task User_orders_are_paged_newest_first_and_filtered()
    {
        var userId = Guid.NewGuid();
        var placed = new List<Order>();
        foreach (var status in new[] { OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Paid, OrderStatus.Cancelled, OrderStatus.Delivered })
        {
            placed.Add(await TestOrders.PlaceAsync(fixture.Host, userId, status));
        }

        await TestOrders.PlaceAsync(fixture.Host, Guid.NewGuid());
        var token = fixture.Host.Token(userId);
        var newestFirst = placed.Select(o => o.Id.ToString()).Reverse().ToArray();

        var first = (await Client.DataAsync(Operations.UserOrders, new { id = userId.ToString(), first = 2 }, token)).GetProperty("userById").GetProperty("orders");
        var second = (await Client.DataAsync(Operations.UserOrders, new { id = userId.ToString(), first = 10, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, token)).GetProperty("userById").GetProperty("orders");
        var paid = (await Client.DataAsync(Operations.UserOrders, new { id = userId.ToString(), first = 10, where = new { status = new { eq = "PAID" } } }, token)).GetProperty("userById").GetProperty("orders");

        Assert.Equal(5, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(newestFirst[..2], Ids(first));
        Assert.Equal(newestFirst[2..], Ids(second));
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([placed[2].Id.ToString(), placed[0].Id.ToString()], Ids(paid));
    }

    [Fact]
    public async Task A_customer_cannot_read_another_customers_orders_through_the_user_lookup()
    {
        var victim = Guid.NewGuid();
        await TestOrders.PlaceAsync(fixture.Host, victim);

        var result = await Client.ExecuteAsync(Operations.UserOrders, new { id = victim.ToString(), first = 10 }, fixture.Host.Token(Guid.NewGuid()));

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], SubgraphClient.ErrorCodes(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("userById").ValueKind);
    }

    [Fact]
    public async Task Admin_lists_every_customers_orders_with_filters_and_sorting()
    {
        var userA = Guid.NewGuid();
        var userB = Guid.NewGuid();
        var cheap = await TestOrders.PlaceAsync(fixture.Host, userA, OrderStatus.Paid, (1, 1, 5.00m));
        var dear = await TestOrders.PlaceAsync(fixture.Host, userB, OrderStatus.Paid, (2, 1, 500.00m));
        var refunded = await TestOrders.PlaceAsync(fixture.Host, userB, OrderStatus.Refunded, (3, 1, 50.00m));
        var token = fixture.Host.AdminToken();
        var mine = new { userId = new { @in = new[] { userA.ToString(), userB.ToString() } } };

        var all = (await Client.DataAsync(Operations.AdminOrders, new { first = 100, where = mine }, token)).GetProperty("orders");
        var byTotal = (await Client.DataAsync(Operations.AdminOrders, new { first = 100, where = mine, order = new[] { new { total = "DESC" } } }, token)).GetProperty("orders");
        var paidOver10 = (await Client.DataAsync(Operations.AdminOrders, new { first = 100, where = new { and = new object[] { mine, new { status = new { eq = "PAID" } }, new { total = new { gt = 10 } } } } }, token)).GetProperty("orders");
        var ofB = (await Client.DataAsync(Operations.AdminOrders, new { first = 100, where = new { userId = new { eq = userB.ToString() } } }, token)).GetProperty("orders");

        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        Assert.Equal([refunded.Id.ToString(), dear.Id.ToString(), cheap.Id.ToString()], Ids(all));
        Assert.Equal([dear.Id.ToString(), refunded.Id.ToString(), cheap.Id.ToString()], Ids(byTotal));
        Assert.Equal([dear.Id.ToString()], Ids(paidOver10));
        Assert.Equal([refunded.Id.ToString(), dear.Id.ToString()], Ids(ofB));
    }

    [Fact]
    public async Task Customers_cannot_list_all_orders_or_read_the_sales_summary()
    {
        var token = fixture.Host.Token(Guid.NewGuid());

        var orders = await Client.ExecuteAsync(Operations.AdminOrders, new { first = 10 }, token);
        var summary = await Client.ExecuteAsync(Operations.SalesSummary, new { from = DateTimeOffset.UtcNow.AddDays(-1), to = DateTimeOffset.UtcNow }, token);
        var anonymous = await Client.ExecuteAsync(Operations.AdminOrders, new { first = 10 });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], SubgraphClient.ErrorCodes(orders));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], SubgraphClient.ErrorCodes(summary));
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], SubgraphClient.ErrorCodes(anonymous));
    }

    [Fact]
    public async Task Sales_summary_counts_paid_shipped_and_delivered_orders_and_ranks_products_by_units()
    {
        var from = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using var host = await OrdersHost.StartAsync(fixture.Postgres, fixture.Redis.Configuration);
        await TestOrders.PlaceAsync(host, Guid.NewGuid(), OrderStatus.Paid, (1, 2, 10.00m), (2, 1, 100.00m));
        await TestOrders.PlaceAsync(host, Guid.NewGuid(), OrderStatus.Delivered, (1, 5, 10.00m));
        await TestOrders.PlaceAsync(host, Guid.NewGuid(), OrderStatus.Shipped, (3, 1, 1.00m));
        await TestOrders.PlaceAsync(host, Guid.NewGuid(), OrderStatus.Refunded, (2, 9, 100.00m));
        await TestOrders.PlaceAsync(host, Guid.NewGuid(), OrderStatus.PaymentFailed, (2, 9, 100.00m));
        var to = DateTimeOffset.UtcNow.AddSeconds(1);

        var summary = (await host.GraphQL.DataAsync(Operations.SalesSummary, new { from, to, top = 2 }, host.AdminToken())).GetProperty("salesSummary");
        var before = (await host.GraphQL.DataAsync(Operations.SalesSummary, new { from = from.AddDays(-2), to = from.AddDays(-1) }, host.AdminToken())).GetProperty("salesSummary");

        Assert.Equal(3, summary.GetProperty("orderCount").GetInt32());
        Assert.Equal(171.00m, summary.GetProperty("revenue").GetDecimal());
        Assert.Equal("EUR", summary.GetProperty("currency").GetString());
        var top = summary.GetProperty("topProducts").EnumerateArray().ToList();
        Assert.Equal([(SeedCatalog.ProductSku(1), 7, 70.00m), (SeedCatalog.ProductSku(2), 1, 100.00m)], top.Select(p => (p.GetProperty("sku").GetString(), p.GetProperty("quantity").GetInt32(), p.GetProperty("revenue").GetDecimal())));
        Assert.Equal(SeedCatalog.ProductId(1).ToString(), top[0].GetProperty("product").GetProperty("id").GetString());
        Assert.Equal(0, before.GetProperty("orderCount").GetInt32());
        Assert.Empty(before.GetProperty("topProducts").EnumerateArray());
    }

    private static string[] Ids(JsonElement connection)
        => connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToArray();
}
