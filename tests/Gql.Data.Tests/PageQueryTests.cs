using Gql.Data.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace Gql.Data.Tests;

/// <summary><c>ToPageAsync</c>: one keyset page of a query, for resolvers that turn the rows into other objects.</summary>
[Collection(ShopCollection.Name)]
public sealed class PageQueryTests(ShopDatabase database)
{
    [Fact]
    public async Task ToPageAsync_continues_after_the_cursor_with_a_where_on_the_keys()
    {
        await using var db = new ShopDbContext(database.Options);
        var query = db.Orders.AsNoTracking().OrderByDescending(o => o.Total).ThenBy(o => o.Id);
        var expected = ShopData.Customers.SelectMany(c => c.Orders).OrderByDescending(o => o.Total).ThenBy(o => o.Id).Select(o => o.Id).ToList();
        var first = await query.ToPageAsync(new PagingArguments(First: 3), totalCount: expected.Count);
        database.Log.Clear();

        var second = await query.ToPageAsync(new PagingArguments(First: 3, After: first.CreateCursor(first.Items[^1])));
        var back = await query.ToPageAsync(new PagingArguments(Last: 2, Before: second.CreateCursor(second.Items[0])));

        Assert.Equal(expected[..3], first.Items.Select(o => o.Id));
        Assert.Equal((true, false, expected.Count), (first.HasNextPage, first.HasPreviousPage, first.TotalCount));
        Assert.Equal(expected[3..6], second.Items.Select(o => o.Id));
        Assert.Equal((true, true), (second.HasNextPage, second.HasPreviousPage));
        Assert.Equal(expected[1..3], back.Items.Select(o => o.Id));
        Assert.Equal((true, true), (back.HasNextPage, back.HasPreviousPage));
        Assert.All(database.Log.Commands, sql => Assert.DoesNotContain("OFFSET", sql, StringComparison.Ordinal));
        Assert.Contains("WHERE o.\"Total\" < @", database.Log.Commands[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToPageAsync_needs_an_ordered_query()
    {
        await using var db = new ShopDbContext(database.Options);

        await Assert.ThrowsAsync<ArgumentException>(() => db.Orders.AsNoTracking().ToPageAsync(new PagingArguments(First: 2)));
    }
}
