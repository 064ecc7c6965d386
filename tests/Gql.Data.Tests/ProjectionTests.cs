using Gql.Data.Tests.Model;

namespace Gql.Data.Tests;

[Collection(ShopCollection.Name)]
public sealed class ProjectionTests(ShopDatabase database)
{
    private readonly ShopHost _host = new(database);

    [Fact]
    public async Task Selecting_the_name_reads_only_the_name_the_key_and_the_always_projected_column()
    {
        var result = await _host.RunAsync("{ products(first: 3) { nodes { name } } }");

        Assert.Equal(["Product 01", "Product 02", "Product 03"], result.Strings(result.Data.GetProperty("products").GetProperty("nodes"), "name"));
        Assert.Equal(["Id", "Name", "Code"], Sorted(ShopResult.SelectedColumns(result.Statement), "Id", "Name", "Code"));
    }

    [Fact]
    public async Task Edges_and_nodes_selections_are_merged_and_a_method_field_reads_an_always_projected_column()
    {
        var result = await _host.RunAsync("{ products(first: 2) { edges { node { price } } nodes { label stock } } }");

        var nodes = result.Data.GetProperty("products").GetProperty("nodes");
        Assert.Equal(["[P001]", "[P002]"], result.Strings(nodes, "label"));
        Assert.Equal(["Id", "Price", "Code", "Stock"], Sorted(ShopResult.SelectedColumns(result.Statement), "Id", "Price", "Code", "Stock"));
    }

    [Fact]
    public async Task Sort_keys_are_projected_for_keyset_cursors_even_when_not_selected()
    {
        var result = await _host.RunAsync("{ products(first: 2, order: [{ createdAt: DESC }, { id: DESC }]) { edges { cursor node { name } } } }");

        Assert.Equal(["Product 30 Pro", "Product 29"], result.Strings(result.Data.GetProperty("products").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToJsonArray(), "name"));
        Assert.Contains("CreatedAt", ShopResult.SelectedColumns(result.Statement));
        Assert.DoesNotContain("Price", ShopResult.SelectedColumns(result.Statement));
    }

    [Fact]
    public async Task A_reference_navigation_is_joined_and_only_its_selected_columns_are_read()
    {
        var result = await _host.RunAsync("{ products(first: 4) { nodes { name brand { name } } } }");

        var nodes = result.Data.GetProperty("products").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(ShopData.Products.Take(4).Select(p => ShopData.BrandOf(p).Name), nodes.Select(n => n.GetProperty("brand").GetProperty("name").GetString()));
        var sql = result.Statement;
        Assert.Contains("JOIN \"Brands\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Country", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Price", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collection_navigation_is_read_in_the_same_statement_with_only_its_selected_columns()
    {
        var result = await _host.RunAsync("{ products(first: 5) { nodes { id reviews { stars } } } }");

        var nodes = result.Data.GetProperty("products").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(
            ShopData.Products.Take(5).Select(p => string.Join(",", p.Reviews.Select(r => r.Stars).Order())),
            nodes.Select(n => string.Join(",", n.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("stars").GetInt32()).Order())));
        var sql = result.Statement;
        Assert.Contains("\"Stars\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Text\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_field_projects_nested_collections_in_one_statement()
    {
        var result = await _host.RunAsync("{ brands(order: { id: ASC }) { name products { name } } }");

        var brands = result.Data.GetProperty("brands").EnumerateArray().ToList();
        Assert.Equal(ShopData.Brands.Select(b => b.Name), brands.Select(b => b.GetProperty("name").GetString()));
        Assert.Equal(ShopData.Products.Count(p => p.BrandId == 1), brands[0].GetProperty("products").GetArrayLength());
        var sql = result.Statement;
        Assert.DoesNotContain("Country", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Price", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offset_segment_items_are_projected()
    {
        var result = await _host.RunAsync("{ productPage(take: 2) { items { stock } } }");

        Assert.Equal(2, result.Data.GetProperty("productPage").GetProperty("items").GetArrayLength());
        Assert.Equal(["Id", "Stock", "Code"], Sorted(ShopResult.SelectedColumns(result.Statement), "Id", "Stock", "Code"));
    }

    /// <summary>The columns in <paramref name="order"/> when the set matches, so the assertion shows the difference otherwise.</summary>
    private static IReadOnlyList<string> Sorted(IReadOnlyList<string> columns, params string[] order)
        => columns.Distinct().OrderBy(c => Array.IndexOf(order, c) is var i && i < 0 ? int.MaxValue : i).ToList();
}
