using System.Globalization;
using System.Text.Json;
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

    [Fact]
    public async Task A_unique_sort_order_pages_by_keyset_on_every_sort_key()
    {
        var expected = ShopData.Products.OrderByDescending(p => p.Price).ThenBy(p => p.Id).Select(p => p.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        const string Query = "query($after: String) { products(first: 5, after: $after, order: [{ price: DESC }, { id: ASC }]) { nodes { id } pageInfo { endCursor hasNextPage } } }";

        var first = await _host.RunAsync(Query);
        var cursor = first.Data.GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await _host.RunAsync(Query, new Dictionary<string, object?> { ["after"] = cursor });

        Assert.Equal(expected[..5], first.Strings(first.Data.GetProperty("products").GetProperty("nodes"), "id"));
        Assert.Equal(expected[5..10], second.Strings(second.Data.GetProperty("products").GetProperty("nodes"), "id"));
        var sql = second.Statement;
        Assert.Matches("WHERE p\\.\"Price\" < @\\S+ OR \\(p\\.\"Price\" = @\\S+ AND p\\.\"Id\" > @", sql);
        Assert.Contains("ORDER BY p.\"Price\" DESC, p.\"Id\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sort_order_that_is_not_unique_falls_back_to_offset_cursors()
    {
        var expected = ShopData.Products.OrderBy(p => p.Stock).Select(p => p.Stock).ToList();
        const string Query = "query($after: String) { products(first: 6, after: $after, order: { stock: ASC }) { nodes { stock } pageInfo { endCursor } } }";

        var first = await _host.RunAsync(Query);
        var cursor = first.Data.GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await _host.RunAsync(Query, new Dictionary<string, object?> { ["after"] = cursor });

        var stocks = second.Data.GetProperty("products").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("stock").GetInt32());
        Assert.Equal(expected[6..12], stocks);
        Assert.Contains("OFFSET", second.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("WHERE", second.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_and_before_page_backwards_with_a_reversed_keyset_query()
    {
        var all = await _host.RunAsync("{ products(first: 30) { edges { cursor node { id } } } }");
        var edges = all.Data.GetProperty("products").GetProperty("edges");
        var cursorOfTwenty = edges[19].GetProperty("cursor").GetString();

        var result = await _host.RunAsync("query($before: String) { products(last: 3, before: $before) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }", new Dictionary<string, object?> { ["before"] = cursorOfTwenty });

        var products = result.Data.GetProperty("products");
        Assert.Equal(["17", "18", "19"], result.Strings(products.GetProperty("nodes"), "id"));
        var pageInfo = products.GetProperty("pageInfo");
        Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
        Assert.True(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(edges[16].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
        var sql = result.Statement;
        Assert.Matches("WHERE p\\.\"Id\" < @", sql);
        Assert.Contains("ORDER BY p.\"Id\" DESC", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_items_without_a_cursor_need_no_count()
    {
        var result = await _host.RunAsync("{ products(last: 2) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }");

        Assert.Equal(["29", "30"], result.Strings(result.Data.GetProperty("products").GetProperty("nodes"), "id"));
        Assert.False(result.Data.GetProperty("products").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.DoesNotContain("COUNT", result.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotalCount_runs_one_count_statement_besides_the_page()
    {
        var result = await _host.RunAsync("{ products(first: 2, where: { featured: { eq: true } }) { totalCount edges { node { id } } } }");

        Assert.Equal(ShopData.Products.Count(p => p.Featured), result.Data.GetProperty("products").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, result.Sql.Count);
        Assert.Contains(result.Sql, sql => sql.Contains("count(*)", StringComparison.OrdinalIgnoreCase) && sql.Contains("WHERE p.\"Featured\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_first_or_last_the_default_page_size_applies()
    {
        var result = await _host.RunAsync("{ products { nodes { id } } }");

        Assert.Equal(10, result.Data.GetProperty("products").GetProperty("nodes").GetArrayLength());
        Assert.Contains("LIMIT", result.Statement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("products(first: -1)", DataErrorCodes.PagingNegativeValue)]
    [InlineData("products(last: -3)", DataErrorCodes.PagingNegativeValue)]
    [InlineData("products(first: 51)", DataErrorCodes.PagingMaxPageSizeExceeded)]
    [InlineData("products(first: 1, last: 1)", DataErrorCodes.PagingFirstAndLast)]
    [InlineData("products(first: 1, after: \"not a cursor!\")", DataErrorCodes.PagingInvalidCursor)]
    [InlineData("products(first: 1, after: \"WzEsMiwzXQ==\")", DataErrorCodes.PagingInvalidCursor)]
    [InlineData("products(first: 1, after: \"eyJhIjoxfQ==\")", DataErrorCodes.PagingInvalidCursor)]
    [InlineData("reviews", DataErrorCodes.PagingBoundariesRequired)]
    [InlineData("reviews(first: 6)", DataErrorCodes.PagingMaxPageSizeExceeded)]
    public async Task Bad_paging_arguments_are_field_errors_with_a_code_and_run_no_query(string field, string code)
    {
        var result = await _host.RunAsync($"{{ {field} {{ nodes {{ id }} }} }}");

        Assert.Equal(code, result.ErrorCode);
        Assert.Equal(JsonValueKind.Null, result.Data.GetProperty(field.Split('(')[0]).ValueKind);
        Assert.Empty(result.Sql);
    }

    [Fact]
    public async Task Paging_options_set_on_the_schema_builder_apply_to_every_paging_field()
    {
        var schema = ShopHost.CreateSchemaBuilder().ModifyPagingOptions(o => { o.DefaultPageSize = 3; o.MaxPageSize = 4; }).Build();
        var host = new ShopHost(database, schema);

        var byDefault = await host.RunAsync("{ products { nodes { id } } }");
        var tooMany = await host.RunAsync("{ products(first: 5) { nodes { id } } }");

        Assert.Equal(3, byDefault.Data.GetProperty("products").GetProperty("nodes").GetArrayLength());
        Assert.Equal(DataErrorCodes.PagingMaxPageSizeExceeded, tooMany.ErrorCode);
    }
}
