using System.Globalization;
using System.Text.Json;
using ECommerce.Products.Infrastructure;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;
using Npgsql;

namespace ECommerce.Products.Tests;

[Collection(ProductsAppCollection.Name)]
public sealed class CatalogTests(ProductsServerFixture fixture)
{
    /// <summary>Seeded products only (tests add products with other SKUs).</summary>
    private static readonly object Seeded = new { sku = new { startsWith = "SKU-" } };

    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task Seeded_catalog_has_every_product_in_24_categories_of_50()
    {
        var categories = (await Client.DataAsync("{ categories { id name slug } }")).GetProperty("categories");
        var all = await ProductsAsync(new { where = Seeded, first = 1 });
        var runningShoes = await ProductsAsync(new { where = new { sku = new { startsWith = "SKU-" }, category = new { slug = new { eq = "running-shoes" } } }, first = 1 });

        Assert.Equal(
            Enumerable.Range(1, SeedCatalog.CategoryCount).Select(n => SeedCatalog.CategoryId(n).ToString()).Order(),
            categories.Strings("id").Order());
        Assert.Equal(SeedCatalog.CategoryCount, categories.Strings("slug").Distinct().Count());
        Assert.Equal(SeedCatalog.ProductCount, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(SeedCatalog.ProductCount / SeedCatalog.CategoryCount, runningShoes.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Seeded_products_read_like_a_shop_and_are_the_same_at_every_start()
    {
        var product = (await Client.DataAsync(Operations.ProductById, new { id = SeedCatalog.ProductId(1).ToString() })).GetProperty("productById");
        var garden = (await Client.DataAsync(Operations.ProductById, new { id = SeedCatalog.ProductId(42).ToString() })).GetProperty("productById");

        Assert.Equal("SKU-00001", product.GetProperty("sku").GetString());
        Assert.Equal("Nordkap Aero Running Shoe", product.GetProperty("name").GetString());
        Assert.Equal(
            "The Nordkap Aero Running Shoe combines a breathable mesh upper and a cushioned midsole, with a grippy rubber outsole. Made for daily runs on road and trail.",
            product.GetProperty("description").GetString());
        Assert.Equal(59.99m, product.GetProperty("price").GetDecimal());
        Assert.Equal("EUR", product.GetProperty("currency").GetString());
        Assert.Equal("https://images.shop.example/products/sku-00001.jpg", product.GetProperty("imageUrl").GetString());
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(product.GetProperty("createdAt").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("Running Shoes", product.GetProperty("category").GetProperty("name").GetString());
        Assert.Equal("Vireo Summit Garden Spade", garden.GetProperty("name").GetString());
        Assert.Equal("garden-tools", garden.GetProperty("category").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Seeded_prices_are_whole_cents_in_eur_and_names_are_unique_per_category()
    {
        const string Broken = """
            SELECT count(*) FROM products
            WHERE sku LIKE 'SKU-%' AND (price <= 0 OR price <> round(price, 2) OR currency <> 'EUR')
            """;
        const string Repeated = """
            SELECT count(*) FROM (
              SELECT category_id FROM products WHERE sku LIKE 'SKU-%' GROUP BY category_id HAVING count(DISTINCT name) <> count(*)) AS repeated
            """;

        Assert.Equal(0L, await ScalarAsync(Broken));
        Assert.Equal(0L, await ScalarAsync(Repeated));
        Assert.True(await ScalarAsync("SELECT count(DISTINCT price) FROM products WHERE sku LIKE 'SKU-%'") > 300, "prices should vary");
    }

    [Fact]
    public async Task Pages_follow_each_other_in_sku_order_forwards_and_backwards()
    {
        var first = await ProductsAsync(new { where = Seeded });
        var second = await ProductsAsync(new { where = Seeded, first = 20, after = EndCursor(first) });
        var before = await ProductsAsync(new { where = Seeded, last = 5, before = second.GetProperty("pageInfo").GetProperty("startCursor").GetString() });

        Assert.Equal(Skus(1, 20), first.GetProperty("nodes").Strings("sku"));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(Skus(21, 40), second.GetProperty("nodes").Strings("sku"));
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(Skus(16, 20), before.GetProperty("nodes").Strings("sku"));
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_refused()
    {
        var result = await Client.ExecuteAsync(Operations.Products, new { first = 101 });

        Assert.Equal("PAGING_MAX_PAGE_SIZE_EXCEEDED", result.SingleErrorCode());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("products").ValueKind);
    }

    [Fact]
    public async Task Filters_combine_a_price_range_with_a_category()
    {
        var where = new { sku = new { startsWith = "SKU-" }, price = new { gte = 100, lte = 150 }, category = new { slug = new { eq = "hiking-boots" } } };

        var page = await ProductsAsync(new { where, first = 100 });

        var nodes = page.GetProperty("nodes");
        Assert.NotEmpty(nodes.EnumerateArray());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal("hiking-boots", n.GetProperty("category").GetProperty("slug").GetString()));
        Assert.All(nodes.Prices(), price => Assert.InRange(price, 100m, 150m));
        var expected = await ScalarAsync("""
            SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id
            WHERE p.sku LIKE 'SKU-%' AND p.price BETWEEN 100 AND 150 AND c.slug = 'hiking-boots'
            """);
        Assert.Equal(expected, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, nodes.GetArrayLength());
    }

    [Fact]
    public async Task Sorting_by_price_descending_starts_with_the_most_expensive_product()
    {
        var page = await ProductsAsync(new { where = Seeded, order = new[] { new { price = "DESC" } }, first = 10 });

        var prices = page.GetProperty("nodes").Prices();
        Assert.Equal(prices.OrderDescending(), prices);
        Assert.Equal(await DecimalAsync("SELECT max(price) FROM products WHERE sku LIKE 'SKU-%'"), prices[0]);
    }

    [Fact]
    public async Task Product_by_id_is_null_for_unknown_and_malformed_ids()
    {
        var unknown = await Client.DataAsync(Operations.ProductById, new { id = Guid.NewGuid().ToString() });
        var malformed = await Client.DataAsync(Operations.ProductById, new { id = "not-an-id" });

        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("productById").ValueKind);
        Assert.Equal(JsonValueKind.Null, malformed.GetProperty("productById").ValueKind);
    }

    [Fact]
    public async Task Products_by_ids_keep_the_order_of_the_ids_in_one_statement()
    {
        var ids = new[] { SeedCatalog.ProductId(3).ToString(), Guid.NewGuid().ToString(), SeedCatalog.ProductId(1).ToString(), "garbage", SeedCatalog.ProductId(3).ToString() }
            .Concat(Enumerable.Range(100, 200).Select(n => SeedCatalog.ProductId(n).ToString()))
            .ToArray();
        fixture.Sql.Clear();

        var products = (await Client.DataAsync(Operations.ProductsByIds, new { ids })).GetProperty("productsByIds");

        var skus = products.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Null ? null : p.GetProperty("sku").GetString()).ToList();
        Assert.Equal<string?>(["SKU-00003", null, "SKU-00001", null, "SKU-00003"], skus.Take(5));
        Assert.Equal<string?>(Skus(100, 299), skus.Skip(5));
        Assert.Single(fixture.Sql.AllCommands);
    }

    [Fact]
    public async Task The_categories_of_a_page_of_products_cost_one_statement_whatever_the_page_size()
    {
        const string Query = "query($first: Int, $where: ProductFilterInput) { products(first: $first, where: $where) { nodes { sku category { name } } } }";
        fixture.Sql.Clear();
        var small = (await Client.DataAsync(Query, new { first = 10, where = Seeded })).GetProperty("products").GetProperty("nodes");
        var smallStatements = fixture.Sql.AllCommands.Count;
        fixture.Sql.Clear();

        var large = (await Client.DataAsync(Query, new { first = 100, where = Seeded })).GetProperty("products").GetProperty("nodes");

        Assert.Equal(10, small.GetArrayLength());
        Assert.Equal(100, large.GetArrayLength());
        Assert.Equal(2, smallStatements);
        Assert.Equal(2, fixture.Sql.AllCommands.Count);
        Assert.All(large.EnumerateArray().Select((node, index) => (node, index)), p =>
            Assert.Equal(CatalogWords.Categories[p.index % SeedCatalog.CategoryCount].Name, p.node.GetProperty("category").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Category_products_are_paged_for_all_categories_in_a_constant_number_of_statements()
    {
        const string Query = "{ categories { id slug products(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { sku } } } }";
        fixture.Sql.Clear();

        var categories = (await Client.DataAsync(Query)).GetProperty("categories");

        Assert.Equal(3, fixture.Sql.AllCommands.Count);
        var runningShoes = categories.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "running-shoes").GetProperty("products");
        Assert.Equal(["SKU-00001", "SKU-00025", "SKU-00049"], runningShoes.GetProperty("nodes").Strings("sku"));
        Assert.Equal(50, runningShoes.GetProperty("totalCount").GetInt32());
        Assert.True(runningShoes.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.All(categories.EnumerateArray(), c => Assert.Equal(3, c.GetProperty("products").GetProperty("nodes").GetArrayLength()));

        var next = await Client.DataAsync(
            "query($id: ID!, $after: String) { categoryById(id: $id) { products(first: 3, after: $after) { nodes { sku } } } }",
            new { id = SeedCatalog.CategoryId(1).ToString(), after = runningShoes.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        Assert.Equal(["SKU-00073", "SKU-00097", "SKU-00121"], next.GetProperty("categoryById").GetProperty("products").GetProperty("nodes").Strings("sku"));
    }

    private static IReadOnlyList<string> Skus(int from, int to) => Enumerable.Range(from, to - from + 1).Select(SeedCatalog.ProductSku).ToList();

    private static string? EndCursor(JsonElement connection) => connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();

    private async Task<JsonElement> ProductsAsync(object variables)
        => (await Client.DataAsync(Operations.Products, variables)).GetProperty("products");

    private async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await RawScalarAsync(sql), CultureInfo.InvariantCulture);

    private async Task<decimal> DecimalAsync(string sql) => Convert.ToDecimal(await RawScalarAsync(sql), CultureInfo.InvariantCulture);

    private async Task<object?> RawScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
