using System.Text.Json;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;

namespace ECommerce.Products.Tests;

/// <summary>Products created here go to the last seeded category, so the other categories keep their seeded contents for the other tests.</summary>
[Collection(ProductsAppCollection.Name)]
public sealed class MutationTests(ProductsServerFixture fixture)
{
    private static readonly string TestCategory = SeedCatalog.CategoryId(SeedCatalog.CategoryCount).ToString();

    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task Admin_creates_a_product_that_lookups_and_search_find()
    {
        var sku = NewSku();

        var payload = await CreateAsync(new { sku = sku.ToLowerInvariant(), name = "  Quokka Night Cream ", description = "Rich overnight care with shea butter.", price = 24.5m, categoryId = TestCategory });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var product = payload.GetProperty("product");
        Assert.Equal(sku, product.GetProperty("sku").GetString());
        Assert.Equal("Quokka Night Cream", product.GetProperty("name").GetString());
        Assert.Equal(24.5m, product.GetProperty("price").GetDecimal());
        Assert.Equal("EUR", product.GetProperty("currency").GetString());
        Assert.Equal("skincare", product.GetProperty("category").GetProperty("slug").GetString());
        var id = product.GetProperty("id").GetString()!;
        Assert.True(Guid.TryParse(id, out _));
        var found = await Client.DataAsync(Operations.ProductById, new { id });
        Assert.Equal(sku, found.GetProperty("productById").GetProperty("sku").GetString());
        var searched = await Client.DataAsync(Operations.Products, new { search = "quokka shea" });
        Assert.Equal([sku], searched.GetProperty("products").GetProperty("nodes").Strings("sku"));
    }

    [Fact]
    public async Task Invalid_input_is_reported_per_field_and_creates_nothing()
    {
        var sku = NewSku();

        var payload = await CreateAsync(new { sku, name = " ", description = "", price = -1m, categoryId = "no-such-category", imageUrl = "ftp://example.com/a.jpg" });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("product").ValueKind);
        Assert.Equal(["name", "price", "categoryId", "imageUrl"], payload.GetProperty("errors").Strings("field"));
        Assert.All(payload.GetProperty("errors").EnumerateArray(), e => Assert.Equal("InvalidInputError", e.GetProperty("__typename").GetString()));
        Assert.Equal(0, await CountSkuAsync(sku));
    }

    [Fact]
    public async Task An_unknown_category_is_invalid_input()
    {
        var sku = NewSku();

        var payload = await CreateAsync(new { sku, name = "Lost Lamp", description = "", price = 10m, categoryId = Guid.NewGuid().ToString() });

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("categoryId", error.GetProperty("field").GetString());
        Assert.Equal(0, await CountSkuAsync(sku));
    }

    [Fact]
    public async Task A_price_with_fractions_of_a_cent_is_invalid_input()
    {
        var payload = await CreateAsync(new { sku = NewSku(), name = "Precise Pen", description = "", price = 1.005m, categoryId = TestCategory });

        Assert.Equal(["price"], payload.GetProperty("errors").Strings("field"));
    }

    [Fact]
    public async Task A_taken_sku_is_a_duplicate_sku_error()
    {
        var payload = await CreateAsync(new { sku = "sku-00001", name = "Copy Cat", description = "", price = 5m, categoryId = TestCategory });

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("DuplicateSkuError", "SKU-00001"), (error.GetProperty("__typename").GetString(), error.GetProperty("sku").GetString()));
        Assert.Equal(1, await CountSkuAsync("SKU-00001"));
    }

    [Fact]
    public async Task Concurrent_creates_with_one_sku_make_one_product()
    {
        var sku = NewSku();

        var payloads = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            CreateAsync(new { sku, name = $"Racer {i}", description = "", price = 9.99m, categoryId = TestCategory })));

        Assert.Single(payloads, p => p.GetProperty("product").ValueKind == JsonValueKind.Object);
        Assert.Equal(5, payloads.Count(p => p.GetProperty("errors").ValueKind == JsonValueKind.Array
            && p.GetProperty("errors")[0].GetProperty("__typename").GetString() == "DuplicateSkuError"));
        Assert.Equal(1, await CountSkuAsync(sku));
    }

    [Fact]
    public async Task Admin_updates_some_fields_and_search_follows_the_new_name()
    {
        var id = await CreateProductAsync(NewSku(), "Plain Mug");
        var newSku = NewSku();

        var payload = await UpdateAsync(new { id, name = "Zebrawood Mug", price = 12m, sku = newSku, imageUrl = "https://images.shop.example/mug.jpg" });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var product = payload.GetProperty("product");
        Assert.Equal(("Zebrawood Mug", 12m, newSku), (product.GetProperty("name").GetString(), product.GetProperty("price").GetDecimal(), product.GetProperty("sku").GetString()));
        Assert.Equal("Made by the tests.", product.GetProperty("description").GetString());
        var searched = await Client.DataAsync(Operations.Products, new { search = "zebrawood" });
        Assert.Equal([id], searched.GetProperty("products").GetProperty("nodes").Strings("id"));
    }

    [Fact]
    public async Task Bad_updates_change_nothing()
    {
        var sku = NewSku();
        var id = await CreateProductAsync(sku, "Steady Stool");

        var invalid = await UpdateAsync(new { id, price = -5m, name = "" });
        var duplicate = await UpdateAsync(new { id, sku = "SKU-00002", name = "Renamed Stool" });
        var missing = await UpdateAsync(new { id = Guid.NewGuid().ToString(), name = "Ghost" });

        Assert.Equal(["name", "price"], invalid.GetProperty("errors").Strings("field"));
        Assert.Equal("DuplicateSkuError", duplicate.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("ProductNotFoundError", missing.GetProperty("errors")[0].GetProperty("__typename").GetString());
        var product = (await Client.DataAsync(Operations.ProductById, new { id })).GetProperty("productById");
        Assert.Equal(("Steady Stool", sku, 19.99m), (product.GetProperty("name").GetString(), product.GetProperty("sku").GetString(), product.GetProperty("price").GetDecimal()));
    }

    [Fact]
    public async Task Admin_deletes_a_product_once()
    {
        var sku = NewSku();
        var id = await CreateProductAsync(sku, "Brief Candle");

        var deleted = await DeleteAsync(id);
        var again = await DeleteAsync(id);

        Assert.Equal(sku, deleted.GetProperty("product").GetProperty("sku").GetString());
        Assert.Equal(JsonValueKind.Null, deleted.GetProperty("errors").ValueKind);
        var error = Assert.Single(again.GetProperty("errors").EnumerateArray());
        Assert.Equal(("ProductNotFoundError", id), (error.GetProperty("__typename").GetString(), error.GetProperty("productId").GetString()));
        var found = await Client.DataAsync(Operations.ProductById, new { id });
        Assert.Equal(JsonValueKind.Null, found.GetProperty("productById").ValueKind);
    }

    [Fact]
    public async Task Anonymous_callers_and_customers_cannot_change_the_catalog()
    {
        var sku = NewSku();
        var input = new { sku, name = "Sneaky Sock", description = "", price = 3m, categoryId = TestCategory };

        var anonymous = await Client.ExecuteAsync(Operations.CreateProduct, new { input });
        var customer = await Client.ExecuteAsync(Operations.CreateProduct, new { input }, fixture.Host.CustomerToken());
        var customerDelete = await Client.ExecuteAsync(Operations.DeleteProduct, new { input = new { id = SeedCatalog.ProductId(5).ToString() } }, fixture.Host.CustomerToken());

        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.SingleErrorCode());
        Assert.Equal("AUTH_NOT_AUTHORIZED", customer.SingleErrorCode());
        Assert.Equal("AUTH_NOT_AUTHORIZED", customerDelete.SingleErrorCode());
        Assert.Equal(0, await CountSkuAsync(sku));
        Assert.Equal(1, await CountSkuAsync("SKU-00005"));
    }

    private static string NewSku() => "TEST-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    private async Task<string> CreateProductAsync(string sku, string name)
    {
        var payload = await CreateAsync(new { sku, name, description = "Made by the tests.", price = 19.99m, categoryId = TestCategory });
        return payload.GetProperty("product").GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> CreateAsync(object input)
        => (await Client.DataAsync(Operations.CreateProduct, new { input }, fixture.Host.AdminToken())).GetProperty("createProduct");

    private async Task<JsonElement> UpdateAsync(object input)
        => (await Client.DataAsync(Operations.UpdateProduct, new { input }, fixture.Host.AdminToken())).GetProperty("updateProduct");

    private async Task<JsonElement> DeleteAsync(string id)
        => (await Client.DataAsync(Operations.DeleteProduct, new { input = new { id } }, fixture.Host.AdminToken())).GetProperty("deleteProduct");

    private async Task<int> CountSkuAsync(string sku)
    {
        var data = await Client.DataAsync(Operations.Products, new { where = new { sku = new { eq = sku } }, first = 1 });
        return data.GetProperty("products").GetProperty("totalCount").GetInt32();
    }
}
