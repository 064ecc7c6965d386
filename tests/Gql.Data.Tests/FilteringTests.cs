using System.Globalization;
using System.Text.Json;
using Gql.Data.Tests.Model;
using Gql.Language;

namespace Gql.Data.Tests;

[Collection(ShopCollection.Name)]
public sealed class FilteringTests(ShopDatabase database)
{
    private readonly ShopHost _host = new(database);

    [Fact]
    public async Task String_operations_become_a_sql_where()
    {
        var result = await RunAsync("{ name: { contains: \"Pro\", nstartsWith: \"Product 1\" } }");

        AssertIds(ShopData.Products.Where(p => p.Name.Contains("Pro", StringComparison.Ordinal) && !p.Name.StartsWith("Product 1", StringComparison.Ordinal)), result);
        Assert.Contains("WHERE", result.Statement, StringComparison.Ordinal);
        Assert.Contains("LIKE", result.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparable_operations_on_decimals_and_ints_are_sql_comparisons()
    {
        var result = await RunAsync("{ price: { gt: 20, nlte: 25 }, stock: { lte: 5 } }");

        AssertIds(ShopData.Products.Where(p => p.Price > 20 && !(p.Price <= 25) && p.Stock <= 5), result);
        Assert.Matches("p\\.\"Price\" > @\\S+", result.Statement);
        Assert.Matches("p\\.\"Stock\" <= @\\S+", result.Statement);
    }

    [Fact]
    public async Task In_and_nin_lists_are_sent_as_one_array_parameter()
    {
        var result = await RunAsync("{ id: { in: [3, 4, 5, 6, 7] }, brandId: { nin: [1] } }");

        AssertIds(ShopData.Products.Where(p => new[] { 3, 4, 5, 6, 7 }.Contains(p.Id) && p.BrandId != 1), result);
        Assert.Matches("p\\.\"Id\" = ANY \\(@\\S+\\)", result.Statement);
    }

    [Fact]
    public async Task And_and_or_combine_nested_filters()
    {
        var result = await RunAsync("{ or: [{ id: { lt: 3 } }, { and: [{ id: { gt: 27 } }, { featured: { eq: true } }] }] }");

        AssertIds(ShopData.Products.Where(p => p.Id < 3 || (p.Id > 27 && p.Featured)), result);
        Assert.Contains(" OR ", result.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enum_boolean_date_time_and_uuid_values_filter_in_sql()
    {
        var since = new DateTime(2024, 1, 20, 0, 0, 0, DateTimeKind.Utc);
        var result = await RunAsync("""{ status: { eq: DISCONTINUED }, featured: { neq: true }, createdAt: { gte: "2024-01-20T00:00:00Z" }, sku: { nin: ["00000019-0000-0000-0000-000000000000"] } }""");

        AssertIds(ShopData.Products.Where(p => p.Status == ProductStatus.Discontinued && !p.Featured && p.CreatedAt >= since && p.Id != 0x19), result);
        Assert.Matches("p\\.\"Status\" = 'Discontinued'|p\\.\"Status\" = @", result.Statement);
        Assert.Matches("p\\.\"CreatedAt\" >= @", result.Statement);
    }

    [Fact]
    public async Task A_filter_on_a_reference_navigation_joins_in_the_same_statement()
    {
        var result = await RunAsync("{ brand: { country: { eq: \"US\" }, name: { neq: \"Acme\" } } }");

        AssertIds(ShopData.Products.Where(p => ShopData.BrandOf(p).Country == "US" && ShopData.BrandOf(p).Name != "Acme"), result);
        Assert.Contains("JOIN \"Brands\"", result.Statement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ reviews: { some: { stars: { eq: 5 } } } }")]
    [InlineData("{ reviews: { all: { stars: { gte: 3 } } } }")]
    [InlineData("{ reviews: { none: { stars: { lt: 2 } } } }")]
    [InlineData("{ reviews: { any: false } }")]
    public async Task List_filters_are_exists_subqueries(string where)
    {
        var result = await RunAsync(where);

        Func<Product, bool> expected = where switch
        {
            _ when where.Contains("some", StringComparison.Ordinal) => p => p.Reviews.Any(r => r.Stars == 5),
            _ when where.Contains("all", StringComparison.Ordinal) => p => p.Reviews.All(r => r.Stars >= 3),
            _ when where.Contains("none", StringComparison.Ordinal) => p => !p.Reviews.Any(r => r.Stars < 2),
            _ => p => p.Reviews.Count == 0,
        };
        AssertIds(ShopData.Products.Where(expected), result);
        Assert.Contains("EXISTS", result.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_on_a_list_field_without_paging_apply_in_sql()
    {
        var result = await _host.RunAsync("{ brands(where: { products: { some: { price: { gt: 65 } } } }) { name } }");

        var expected = ShopData.Brands.Where(b => ShopData.Products.Any(p => p.BrandId == b.Id && p.Price > 65)).Select(b => b.Name);
        Assert.Equal(expected, result.Strings(result.Data.GetProperty("brands"), "name"));
        Assert.Contains("EXISTS", result.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_filter_field_is_a_validation_error_and_runs_no_sql()
    {
        var result = await _host.RunAsync("{ products(where: { colour: { eq: \"red\" } }) { nodes { id } } }");

        Assert.Equal(ErrorCodes.ValidationFailed, result.ErrorCode);
        Assert.Empty(result.Sql);
    }

    [Fact]
    public async Task Too_many_in_values_is_an_error_with_a_code()
    {
        var ids = string.Join(", ", Enumerable.Range(1, 1001).Select(i => i.ToString(CultureInfo.InvariantCulture)));

        var result = await _host.RunAsync($"{{ products(where: {{ id: {{ in: [{ids}] }} }}) {{ nodes {{ id }} }} }}");

        Assert.Equal(DataErrorCodes.FilterTooManyValues, result.ErrorCode);
        Assert.Empty(result.Sql);
    }

    [Fact]
    public async Task Null_for_an_operation_that_needs_a_value_is_an_error_with_a_code()
    {
        var result = await _host.RunAsync("{ products(where: { name: { contains: null } }) { nodes { id } } }");

        Assert.Equal(DataErrorCodes.FilterInvalidValue, result.ErrorCode);
    }

    [Fact]
    public async Task Eq_null_compares_with_null_and_neq_null_matches_every_row()
    {
        var none = await _host.RunAsync("{ products(first: 50, where: { name: { eq: null } }) { nodes { id } } }");
        var all = await _host.RunAsync("{ products(first: 50, where: { name: { neq: null } }) { nodes { id } } }");

        Assert.Equal(0, none.Data.GetProperty("products").GetProperty("nodes").GetArrayLength());
        Assert.Equal(ShopData.Products.Count, all.Data.GetProperty("products").GetProperty("nodes").GetArrayLength());
        Assert.False(none.HasErrors);
    }

    private Task<ShopResult> RunAsync(string where)
        => _host.RunAsync($"{{ products(first: 50, where: {where}) {{ nodes {{ id }} }} }}");

    private static void AssertIds(IEnumerable<Product> expected, ShopResult result)
    {
        var ids = result.Data.GetProperty("products").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList();
        var expectedIds = expected.Select(p => p.Id).Order().ToList();
        Assert.NotEmpty(expectedIds);
        Assert.Equal(expectedIds, ids);
        Assert.Equal(JsonValueKind.Undefined, result.Response.TryGetProperty("errors", out var errors) ? errors.ValueKind : JsonValueKind.Undefined);
    }
}
