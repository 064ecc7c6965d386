using System.Globalization;
using Gql.Data.Tests.Model;

namespace Gql.Data.Tests;

[Collection(ShopCollection.Name)]
public sealed class SortingTests(ShopDatabase database)
{
    private readonly ShopHost _host = new(database);

    [Fact]
    public async Task Sort_entries_apply_in_order_as_sql_order_by()
    {
        var result = await _host.RunAsync("{ products(first: 50, order: [{ brandId: DESC }, { name: ASC }]) { nodes { id } } }");

        var expected = ShopData.Products.OrderByDescending(p => p.BrandId).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => Id(p));
        Assert.Equal(expected, result.Strings(result.Data.GetProperty("products").GetProperty("nodes"), "id"));
        Assert.Contains("ORDER BY p.\"BrandId\" DESC, p.\"Name\"", result.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_fields_in_one_sort_entry_apply_in_the_order_the_sort_type_declares_them()
    {
        var result = await _host.RunAsync("{ products(first: 50, order: { featured: DESC, stock: ASC }) { nodes { stock featured } } }");

        var expected = ShopData.Products.OrderBy(p => p.Stock).ThenByDescending(p => p.Featured).Select(p => $"{p.Stock}/{p.Featured}");
        var actual = result.Data.GetProperty("products").GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("stock").GetInt32()}/{n.GetProperty("featured").GetBoolean()}");
        Assert.Equal(expected, actual);
        Assert.Contains("ORDER BY p.\"Stock\", p.\"Featured\" DESC", result.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_a_reference_navigation_joins_in_the_same_statement()
    {
        var result = await _host.RunAsync("{ products(first: 50, order: [{ brand: { name: DESC } }, { id: ASC }]) { nodes { id } } }");

        var expected = ShopData.Products.OrderByDescending(p => ShopData.BrandOf(p).Name, StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => Id(p));
        Assert.Equal(expected, result.Strings(result.Data.GetProperty("products").GetProperty("nodes"), "id"));
        Assert.Contains("JOIN \"Brands\"", result.Statement, StringComparison.Ordinal);
        Assert.Matches("ORDER BY b\\d*\\.\"Name\" DESC", result.Statement);
    }

    [Fact]
    public async Task Sorting_a_list_field_without_paging()
    {
        var result = await _host.RunAsync("{ brands(order: [{ country: ASC }, { name: DESC }]) { name } }");

        var expected = ShopData.Brands.OrderBy(b => b.Country, StringComparer.Ordinal).ThenByDescending(b => b.Name, StringComparer.Ordinal).Select(b => b.Name);
        Assert.Equal(expected, result.Strings(result.Data.GetProperty("brands"), "name"));
        Assert.Contains("ORDER BY", result.Statement, StringComparison.Ordinal);
    }

    private static string Id(Product product) => product.Id.ToString(CultureInfo.InvariantCulture);
}
