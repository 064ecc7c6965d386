using ECommerce.ServiceDefaults.Seeding;

namespace ECommerce.Inventory.Tests;

[Collection(InventoryAppCollection.Name)]
public sealed class BatchingTests(InventoryServerFixture fixture)
{
    [Fact]
    public async Task Entity_lookups_for_a_hundred_products_run_one_query()
    {
        var ids = Enumerable.Range(101, 99).Select(n => SeedCatalog.ProductId(n).ToString()).Append(Guid.NewGuid().ToString()).ToList();
        fixture.Sql.Clear();

        var data = await fixture.Host.GraphQL.DataAsync(Operations.Entities, new { representations = ids.Select(id => new { __typename = "Product", id }).ToArray() });

        var entities = data.GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(ids, entities.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(0, entities[^1].GetProperty("inventory").GetProperty("onHand").GetInt32());
        Assert.Contains(entities, e => e.GetProperty("inventory").GetProperty("onHand").GetInt32() > 0);
        Assert.Single(fixture.Sql.Commands, c => c.Contains("FROM stock_items", StringComparison.Ordinal));
        Assert.Single(fixture.Sql.Commands);
    }

    [Fact]
    public async Task Sibling_lookups_in_one_query_share_one_query()
    {
        const string Query = """
            query($a: ID!, $b: ID!, $c: ID!) {
              a: productById(id: $a) { inStock inventory { onHand } }
              b: productById(id: $b) { inStock inventory { onHand } }
              c: productById(id: $c) { inStock inventory { onHand } }
            }
            """;
        fixture.Sql.Clear();

        var data = await fixture.Host.GraphQL.DataAsync(Query, new { a = SeedCatalog.ProductId(1), b = SeedCatalog.ProductId(2), c = SeedCatalog.ProductId(3) });

        Assert.Equal(Infrastructure.InventorySeed.OnHand(2), data.GetProperty("b").GetProperty("inventory").GetProperty("onHand").GetInt32());
        Assert.Single(fixture.Sql.Commands);
    }
}
