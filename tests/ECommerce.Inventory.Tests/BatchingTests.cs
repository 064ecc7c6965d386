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
    public async Task Aliased_lookups_of_a_hundred_products_run_one_query()
    {
        // The gateway's alias batching: one operation with _0 .. _99 lookups.
        var ids = Enumerable.Range(201, 100).Select(n => SeedCatalog.ProductId(n).ToString()).ToList();
        var query = "{ " + string.Concat(ids.Select((id, i) => $"_{i}: productById(id: \"{id}\") {{ id inStock inventory {{ onHand }} }} ")) + "}";
        fixture.Sql.Clear();

        var data = await fixture.Host.GraphQL.DataAsync(query);

        Assert.Equal(ids, Enumerable.Range(0, 100).Select(i => data.GetProperty($"_{i}").GetProperty("id").GetString()));
        Assert.Equal(
            Enumerable.Range(201, 100).Select(Infrastructure.InventorySeed.OnHand),
            Enumerable.Range(0, 100).Select(i => data.GetProperty($"_{i}").GetProperty("inventory").GetProperty("onHand").GetInt32()));
        Assert.Single(fixture.Sql.Commands);
    }
}
