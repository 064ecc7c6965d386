using Gql.Data.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace Gql.Data.Tests;

[Collection(ShopCollection.Name)]
public sealed class BatchPagingTests(ShopDatabase database)
{
    private readonly ShopHost _host = new(database);

    [Fact]
    public async Task The_first_page_of_orders_of_100_customers_is_one_sql_statement()
    {
        var result = await _host.RunAsync("{ customers { id orders(first: 5) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } } }");

        var customers = result.Data.GetProperty("customers").EnumerateArray().ToList();
        Assert.Equal(100, customers.Count);
        foreach (var customer in customers)
        {
            var source = ShopData.Customers.Single(c => c.Id == customer.GetProperty("id").GetInt32());
            var expected = source.Orders.OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id).Take(5).Select(o => o.Id);
            var orders = customer.GetProperty("orders");
            Assert.Equal(expected, orders.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.True(orders.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.False(orders.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        }

        Assert.Equal(2, result.Sql.Count);
        var ordersSql = Assert.Single(result.Sql, sql => sql.Contains("\"Orders\"", StringComparison.Ordinal));
        Assert.Contains("ROW_NUMBER() OVER(PARTITION BY", ordersSql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_page_of_every_customer_continues_after_the_cursor_in_one_statement()
    {
        var first = await _host.RunAsync("{ customers { orders(first: 4) { pageInfo { endCursor } } } }");
        var cursorOfFirst = first.Data.GetProperty("customers")[0].GetProperty("orders").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var result = await _host.RunAsync("query($after: String) { customers { id orders(first: 4, after: $after) { nodes { id } pageInfo { hasNextPage } } } }", new Dictionary<string, object?> { ["after"] = cursorOfFirst });

        var customer = result.Data.GetProperty("customers")[0];
        var expected = ShopData.Customers[0].Orders.OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id).Skip(4).Select(o => o.Id);
        Assert.Equal(expected, customer.GetProperty("orders").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.False(customer.GetProperty("orders").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(2, result.Sql.Count);
    }

    [Fact]
    public async Task ToBatchPageAsync_pages_backwards_per_key()
    {
        await using var db = new ShopDbContext(database.Options);
        database.Log.Clear();

        var pages = await db.Orders
            .Where(o => o.CustomerId <= 3)
            .OrderBy(o => o.Total)
            .ThenBy(o => o.Id)
            .ToBatchPageAsync(o => o.CustomerId, new PagingArguments(Last: 2));

        Assert.Equal([1, 2, 3], pages.Keys.Order());
        foreach (var (customerId, page) in pages)
        {
            var expected = ShopData.Customers[customerId - 1].Orders.OrderBy(o => o.Total).ThenBy(o => o.Id).TakeLast(2).Select(o => o.Id);
            Assert.Equal(expected, page.Items.Select(o => o.Id));
            Assert.True(page.HasPreviousPage);
            Assert.False(page.HasNextPage);
        }

        Assert.Single(database.Log.Commands);
    }

    [Fact]
    public async Task ToBatchPageAsync_needs_an_ordered_query()
    {
        await using var db = new ShopDbContext(database.Options);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Orders.AsNoTracking().ToBatchPageAsync(o => o.CustomerId, new PagingArguments(First: 2)));
    }
}
