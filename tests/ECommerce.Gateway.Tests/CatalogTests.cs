using System.Net;
using System.Text.Json;
using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>Browsing the catalog through the gateway: Products' search and paging with Inventory's stock in the same query.</summary>
[Collection(ShopStackCollection.Name)]
public sealed class CatalogTests(ShopStack shop)
{
    [Fact]
    public async Task Search_results_page_by_cursor_through_every_match_with_stock_on_each_page()
    {
        var pages = new List<JsonElement>();
        var requestsPerPage = new List<(int Products, int Inventory)>();
        string? after = null;
        do
        {
            var mark = shop.Requests.Mark();
            var page = (await shop.Gateway.DataAsync(Operations.SearchProducts, new { search = "jacket", first = 10, after })).GetProperty("products");
            requestsPerPage.Add((shop.Requests.GatewayRequestsTo("products", mark), shop.Requests.GatewayRequestsTo("inventory", mark)));
            pages.Add(page);
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null && pages.Count < 20);

        var totalCount = pages[0].GetProperty("totalCount").GetInt32();
        var nodes = pages.SelectMany(p => p.GetProperty("nodes").EnumerateArray()).ToList();
        Assert.True(totalCount > 10, $"expected several pages of jackets, got {totalCount}");
        Assert.Equal((totalCount + 9) / 10, pages.Count);
        Assert.Equal(totalCount, nodes.Select(n => n.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(nodes, n => Assert.Contains("Jacket", n.GetProperty("name").GetString()!, StringComparison.Ordinal));
        Assert.All(nodes, n => Assert.Equal(n.GetProperty("inventory").GetProperty("available").GetInt32() > 0, n.GetProperty("inStock").GetBoolean()));
        Assert.False(pages[0].GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(pages[^1].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.All(requestsPerPage, r => Assert.Equal((1, 1), r));
    }

    [Fact]
    public async Task A_product_comes_with_its_stock_from_inventory_in_one_query()
    {
        await ShopActions.SetStockAsync(shop, 7, 42);

        var response = await shop.Gateway.PostAsync(Operations.ProductWithInventory, new { id = ShopActions.ProductId(7) });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        var product = response.Data.GetProperty("productById");
        Assert.Equal("SKU-00007", product.GetProperty("sku").GetString());
        Assert.False(string.IsNullOrEmpty(product.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(product.GetProperty("category").GetProperty("name").GetString()));
        var inventory = product.GetProperty("inventory");
        Assert.Equal((42, 0, 42), (inventory.GetProperty("onHand").GetInt32(), inventory.GetProperty("reserved").GetInt32(), inventory.GetProperty("available").GetInt32()));
        Assert.False(inventory.GetProperty("lowStock").GetBoolean());
        Assert.True(product.GetProperty("inStock").GetBoolean());
    }

    [Fact]
    public async Task A_product_without_stock_is_not_in_stock()
    {
        await ShopActions.SetStockAsync(shop, 8, 0);

        var product = (await shop.Gateway.DataAsync(Operations.ProductWithInventory, new { id = ShopActions.ProductId(8) })).GetProperty("productById");

        Assert.Equal(0, product.GetProperty("inventory").GetProperty("available").GetInt32());
        Assert.True(product.GetProperty("inventory").GetProperty("lowStock").GetBoolean());
        Assert.False(product.GetProperty("inStock").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_product_is_null_without_asking_inventory()
    {
        var mark = shop.Requests.Mark();

        var response = await shop.Gateway.PostAsync(Operations.ProductWithInventory, new { id = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("productById").ValueKind);
        Assert.Equal(0, shop.Requests.GatewayRequestsTo("inventory", mark));
    }
}
