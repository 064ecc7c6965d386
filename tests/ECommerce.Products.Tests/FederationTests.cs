using System.Text.Json;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;

namespace ECommerce.Products.Tests;

[Collection(ProductsAppCollection.Name)]
public sealed class FederationTests(ProductsServerFixture fixture)
{
    private const string Entities = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) { __typename ... on Product { id sku price } ... on Category { id slug } }
        }
        """;

    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task Entities_for_50_products_are_loaded_in_one_statement_in_the_order_asked()
    {
        var numbers = Enumerable.Range(1, 50).Select(i => i * 23 % SeedCatalog.ProductCount + 1).ToList();
        var representations = numbers.Select(n => new { __typename = "Product", id = SeedCatalog.ProductId(n).ToString() }).ToArray();
        fixture.Sql.Clear();

        var entities = (await Client.DataAsync(Entities, new { representations })).GetProperty("_entities");

        Assert.Equal(numbers.Select(SeedCatalog.ProductSku), entities.Strings("sku"));
        Assert.Single(fixture.Sql.AllCommands);
    }

    [Fact]
    public async Task Entities_resolve_categories_and_give_null_for_unknown_products()
    {
        var representations = new object[]
        {
            new { __typename = "Category", id = SeedCatalog.CategoryId(2).ToString() },
            new { __typename = "Product", id = Guid.NewGuid().ToString() },
        };

        var entities = (await Client.DataAsync(Entities, new { representations })).GetProperty("_entities");

        Assert.Equal("hiking-boots", entities[0].GetProperty("slug").GetString());
        Assert.Equal(JsonValueKind.Null, entities[1].ValueKind);
    }

    [Fact]
    public async Task Service_sdl_declares_product_and_category_as_entities_keyed_by_id()
    {
        var sdl = (await Client.DataAsync("{ _service { sdl } }")).GetProperty("_service").GetProperty("sdl").GetString()!;

        Assert.Contains("type Product implements Node @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.Contains("type Category implements Node @key(fields: \"id\")", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_ids_are_the_product_and_category_ids()
    {
        var product = SeedCatalog.ProductId(7).ToString();
        var category = SeedCatalog.CategoryId(3).ToString();

        var single = await Client.DataAsync("query($id: ID!) { node(id: $id) { __typename id ... on Product { sku } } }", new { id = product });
        var many = await Client.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Category { slug } ... on Product { sku } } }",
            new { ids = new[] { category, Guid.NewGuid().ToString(), product } });

        Assert.Equal("Product", single.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(product, single.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("SKU-00007", single.GetProperty("node").GetProperty("sku").GetString());
        var nodes = many.GetProperty("nodes");
        Assert.Equal(("Category", category, "jackets"), (nodes[0].GetProperty("__typename").GetString(), nodes[0].GetProperty("id").GetString(), nodes[0].GetProperty("slug").GetString()));
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("SKU-00007", nodes[2].GetProperty("sku").GetString());
    }

    [Fact]
    public async Task A_node_id_that_is_no_key_gives_an_invalid_node_id_error()
    {
        var result = await Client.ExecuteAsync("{ node(id: \"not a key\") { id } }");

        Assert.Equal("INVALID_NODE_ID", result.SingleErrorCode());
    }
}
