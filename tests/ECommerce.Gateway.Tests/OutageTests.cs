using System.Net;
using System.Text.Json;
using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>
/// A subgraph that is down costs only its own fields: the gateway answers HTTP 200 with the rest
/// of the data and SUBGRAPH_UNAVAILABLE errors at the missing fields' paths, and the full answer
/// comes back once the subgraph is started again.
/// </summary>
[Collection(ShopStackCollection.Name)]
public sealed class OutageTests(ShopStack shop)
{
    private const string ProductsWithStock = "query ProductsWithStock { products(first: 3) { nodes { sku name inventory { available } } } }";

    [Fact]
    public async Task With_inventory_down_products_come_with_names_and_errors_at_the_inventory_paths()
    {
        var healthy = await shop.Gateway.DataAsync(ProductsWithStock);
        await shop.Inventory.StopAsync();
        GraphQLResponse down;
        try
        {
            down = await shop.Gateway.PostAsync(ProductsWithStock);
        }
        finally
        {
            await shop.Inventory.StartAsync();
        }

        var recovered = await shop.Gateway.PostAsync(ProductsWithStock);

        Assert.Equal(HttpStatusCode.OK, down.Status);
        Assert.Equal(Skus(healthy), Skus(down.Data));
        Assert.Equal(Names(healthy), Names(down.Data));
        Assert.All(down.Data.GetProperty("products").GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("inventory").ValueKind));
        Assert.Equal(["SUBGRAPH_UNAVAILABLE", "SUBGRAPH_UNAVAILABLE", "SUBGRAPH_UNAVAILABLE"], down.ErrorCodes);
        Assert.Equal(
            ["""["products","nodes",0,"inventory"]""", """["products","nodes",1,"inventory"]""", """["products","nodes",2,"inventory"]"""],
            down.ErrorPaths);
        Assert.Equal(HttpStatusCode.OK, recovered.Status);
        Assert.Empty(recovered.Errors);
        Assert.Equal(healthy.GetRawText(), recovered.Data.GetRawText());
    }

    [Fact]
    public async Task With_payments_down_an_order_comes_without_its_payment_and_with_an_error_there()
    {
        var (customer, orderId) = await ShopActions.PlacePaidOrderAsync(shop, 61);
        await shop.Payments.StopAsync();
        GraphQLResponse down;
        try
        {
            down = await shop.Gateway.PostAsync(Operations.OrderWithPayment, new { id = orderId }, customer.Token);
        }
        finally
        {
            await shop.Payments.StartAsync();
        }

        var recovered = await shop.Gateway.PostAsync(Operations.OrderWithPayment, new { id = orderId }, customer.Token);

        Assert.Equal(HttpStatusCode.OK, down.Status);
        var order = down.Data.GetProperty("orderById");
        Assert.Equal(("PAID", orderId), (order.GetProperty("status").GetString(), order.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, order.GetProperty("payment").ValueKind);
        Assert.Equal(["SUBGRAPH_UNAVAILABLE"], down.ErrorCodes);
        Assert.Equal(["""["orderById","payment"]"""], down.ErrorPaths);
        Assert.Equal(HttpStatusCode.OK, recovered.Status);
        Assert.Empty(recovered.Errors);
        Assert.Equal("SUCCEEDED", recovered.Data.GetProperty("orderById").GetProperty("payment").GetProperty("status").GetString());
    }

    private static IReadOnlyList<string> Skus(JsonElement data) => data.GetProperty("products").GetProperty("nodes").Strings("sku");

    private static IReadOnlyList<string> Names(JsonElement data) => data.GetProperty("products").GetProperty("nodes").Strings("name");
}
