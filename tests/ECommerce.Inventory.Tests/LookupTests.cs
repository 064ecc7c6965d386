using System.Text.Json;
using ECommerce.Inventory.Infrastructure;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;

namespace ECommerce.Inventory.Tests;

[Collection(InventoryAppCollection.Name)]
public sealed class LookupTests(InventoryServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    [Theory]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(20)]
    public async Task Product_by_id_returns_the_seeded_stock(int number)
    {
        var id = SeedCatalog.ProductId(number).ToString();
        var expectedOnHand = InventorySeed.OnHand(number);

        var product = (await Client.DataAsync(Operations.ProductById, new { id })).GetProperty("productById");

        var inventory = product.GetProperty("inventory");
        Assert.Equal(id, product.GetProperty("id").GetString());
        Assert.Equal(expectedOnHand, inventory.GetProperty("onHand").GetInt32());
        Assert.Equal(0, inventory.GetProperty("reserved").GetInt32());
        Assert.Equal(expectedOnHand, inventory.GetProperty("available").GetInt32());
        Assert.Equal(10, inventory.GetProperty("lowStockThreshold").GetInt32());
        Assert.Equal(expectedOnHand <= 10, inventory.GetProperty("lowStock").GetBoolean());
        Assert.Equal(expectedOnHand > 0, product.GetProperty("inStock").GetBoolean());
    }

    [Fact]
    public async Task A_product_without_stock_has_nothing_on_hand_and_is_not_an_error()
    {
        var id = Guid.NewGuid().ToString();

        var product = (await Client.DataAsync(Operations.ProductById, new { id })).GetProperty("productById");

        Assert.Equal(id, product.GetProperty("id").GetString());
        Assert.False(product.GetProperty("inStock").GetBoolean());
        Assert.Equal(0, product.GetProperty("inventory").GetProperty("onHand").GetInt32());
        Assert.Equal(0, product.GetProperty("inventory").GetProperty("available").GetInt32());
        Assert.True(product.GetProperty("inventory").GetProperty("lowStock").GetBoolean());
    }

    [Fact]
    public async Task An_id_that_is_not_a_uuid_gives_null()
    {
        var data = await Client.DataAsync(Operations.ProductById, new { id = "product-1" });

        Assert.Equal(JsonValueKind.Null, data.GetProperty("productById").ValueKind);
    }

    [Fact]
    public async Task Entities_resolve_products_with_their_stock_in_the_order_asked()
    {
        var unknown = Guid.NewGuid().ToString();
        var representations = new[] { SeedCatalog.ProductId(3), SeedCatalog.ProductId(10) }
            .Select(id => id.ToString()).Append(unknown)
            .Select(id => new { __typename = "Product", id }).ToArray();

        var entities = (await Client.DataAsync(Operations.Entities, new { representations })).GetProperty("_entities").EnumerateArray().ToList();

        Assert.Equal(representations.Select(r => r.id), entities.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(
            [InventorySeed.OnHand(3), 0, 0],
            entities.Select(e => e.GetProperty("inventory").GetProperty("onHand").GetInt32()));
        Assert.Equal([true, false, false], entities.Select(e => e.GetProperty("inStock").GetBoolean()));
    }

    [Fact]
    public async Task Service_sdl_declares_Product_as_an_entity_and_hides_the_internal_fields()
    {
        var data = await Client.DataAsync("{ _service { sdl } }");

        var sdl = data.GetProperty("_service").GetProperty("sdl").GetString()!;
        Assert.Contains("type Product @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.Contains("inventory: InventoryLevel\n", sdl.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("setStock(", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("productById", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("reserveStock", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("commitReservation", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("releaseReservation", sdl, StringComparison.Ordinal);
    }
}
