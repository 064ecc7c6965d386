using Gql.Data.Tests.Model;

namespace Gql.Data.Tests;

[Collection(ShopCollection.Name)]
public sealed class CursorPagingTests(ShopDatabase database)
{
    private readonly ShopHost _host = new(database);

    [Fact]
    public async Task First_page_without_an_order_is_ordered_by_key_and_uses_limit_without_offset()
    {
        var result = await _host.RunAsync("{ products(first: 3) { nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");

        var products = result.Data.GetProperty("products");
        Assert.Equal(["Product 01", "Product 02", "Product 03"], result.Strings(products.GetProperty("nodes"), "name"));
        var pageInfo = products.GetProperty("pageInfo");
        Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
        Assert.False(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
        var sql = result.Statement;
        Assert.Contains("ORDER BY p.\"Id\"", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_page_after_a_keyset_cursor_filters_on_the_key_instead_of_skipping_rows()
    {
        var first = await _host.RunAsync("{ products(first: 4) { pageInfo { endCursor } } }");
        var cursor = first.Data.GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var result = await _host.RunAsync("query($after: String) { products(first: 4, after: $after) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }", new Dictionary<string, object?> { ["after"] = cursor });

        var products = result.Data.GetProperty("products");
        Assert.Equal(["5", "6", "7", "8"], result.Strings(products.GetProperty("nodes"), "id"));
        Assert.True(products.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var sql = result.Statement;
        Assert.Matches("WHERE p\\.\"Id\" > @", sql);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.Ordinal);
    }
}
