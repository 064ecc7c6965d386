using System.Net;
using ECommerce.Shop.Testing;
using Gql.Fusion.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Gateway.Tests;

/// <summary>
/// The gateway writes shop responses straight from the subgraph answers (the in-place merge); a
/// second gateway in front of the same subgraphs completes every result through the engine's
/// executor. Both must send the same bytes, also for interfaces and unions (node, nodes, error unions).
/// </summary>
[Collection(ShopStackCollection.Name)]
public sealed class InPlaceMergeTests(ShopStack shop)
{
    private const string Nodes = """
        query Nodes($ids: [ID!]!) {
          nodes(ids: $ids) {
            __typename id
            ... on Product { name sku price currency inStock inventory { available lowStock } category { __typename name } }
            ... on Category { name slug }
          }
        }
        """;

    private const string Node = "query Node($id: ID!) { node(id: $id) { __typename ... on Product { id name inventory { onHand } } ... on Category { id name } } }";

    private const string MyOrders = """
        query MyOrders { me { id email orders(first: 5) { nodes { id status total items { quantity product { __typename name inStock } } payment { __typename status amount } } } } }
        """;

    [Fact]
    public async Task Shop_responses_written_from_the_subgraph_answers_are_the_bytes_the_executor_completes()
    {
        // Arrange
        var completing = await shop.CompletingGatewayAsync();
        var (customer, orderId) = await shop.PlacePaidOrderAsync(product: 11, quantity: 2);
        var admin = await shop.AdminTokenAsync();
        var catalog = await shop.Gateway.DataAsync("{ products(first: 3) { nodes { id category { id } } } }");
        var products = catalog.GetProperty("products").GetProperty("nodes").EnumerateArray().ToList();
        var ids = products.Select(p => p.GetProperty("id").GetString()!)
            .Append(products[0].GetProperty("category").GetProperty("id").GetString()!)
            .Append(products[1].GetProperty("id").GetString()!)
            .ToArray();
        var operations = new (string Query, object? Variables, string? Token)[]
        {
            (Nodes, new { ids }, null),
            (Node, new { id = ids[3] }, null),
            (Node, new { id = ids[0] }, null),
            (Operations.SearchProducts, new { search = "jacket", first = 5, after = (string?)null }, null),
            (Operations.OrderDetails, new { id = orderId }, customer.Token),
            (MyOrders, null, customer.Token),
            (Operations.AdminOrders, new { first = 5, where = (object?)null }, admin),
            // A typed error of a union and no change: a quantity the cart refuses.
            (ShopActions.AddToCartMutation, new { input = new { productId = ids[0], quantity = 500 } }, customer.Token),
        };
        var rootValues = shop.GatewayServices.GetRequiredService<FusionRootValueProvider>();
        var writtenBefore = rootValues.WrittenInPlace;
        var answers = new List<GraphQLResponse>();

        foreach (var (query, variables, token) in operations)
        {
            // Act
            var inPlace = await shop.Gateway.PostAsync(query, variables, token);
            var completed = await completing.PostAsync(query, variables, token);

            // Assert
            Assert.Equal(HttpStatusCode.OK, completed.Status);
            Assert.Empty(completed.Errors);
            Assert.Equal(completed.Body.GetRawText(), inPlace.Body.GetRawText());
            answers.Add(inPlace);
        }

        Assert.Equal(operations.Length, rootValues.WrittenInPlace - writtenBefore);
        var typeNames = answers[0].Data.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()).ToList();
        Assert.Equal(["Product", "Product", "Product", "Category", "Product"], typeNames);
        Assert.Equal("Category", answers[1].Data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal("InvalidInputError", answers[^1].Data.GetProperty("addToCart").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }
}
