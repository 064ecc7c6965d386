using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Model;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Orders.Tests;

public sealed class BatchingTests(PostgresFixture postgres, RedisFixture redis) : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private const string OrdersWithItems = """
        query($first: Int) { orders(first: $first) { nodes { id items { product { id } quantity unitPrice productName } statusHistory { status } } } }
        """;

    [Fact]
    public async Task Orders_with_their_items_and_history_take_the_same_few_statements_for_10_or_100_orders()
    {
        var counter = new SqlCommandCounter();
        await using var host = await OrdersHost.StartAsync(postgres.Server, redis.Server.Configuration, builder =>
            builder.Services.ConfigureDbContext<OrdersContext>(options => options.AddInterceptors(counter)));
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => TestOrders.PlaceAsync(host, Guid.NewGuid(), OrderStatus.Shipped, (1 + (i % 5), 1, 1m), (10, 2, 3m))));
        var admin = host.AdminToken();

        counter.Clear();
        var ten = await host.GraphQL.DataAsync(OrdersWithItems, new { first = 10 }, admin);
        var forTen = OrderQueries(counter);
        counter.Clear();
        var hundred = await host.GraphQL.DataAsync(OrdersWithItems, new { first = 100 }, admin);
        var forHundred = OrderQueries(counter);

        var nodes = hundred.GetProperty("orders").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(100, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(2, n.GetProperty("items").GetArrayLength()));
        Assert.All(nodes, n => Assert.Equal(3, n.GetProperty("statusHistory").GetArrayLength()));
        Assert.Equal(10, ten.GetProperty("orders").GetProperty("nodes").GetArrayLength());
        Assert.Equal(3, forHundred.Count);
        Assert.Equal(forTen.Count, forHundred.Count);
    }

    /// <summary>The queries a GraphQL request sent (the outbox publisher's own polling is not part of it).</summary>
    private static List<string> OrderQueries(SqlCommandCounter counter)
        => counter.Commands.Where(q => !q.Contains("outbox", StringComparison.Ordinal)).ToList();
}
