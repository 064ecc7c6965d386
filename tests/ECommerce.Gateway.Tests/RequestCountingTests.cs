using System.Text.Json;
using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Model;
using ECommerce.Payments.Infrastructure;
using ECommerce.Payments.Model;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Shop.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Gateway.Tests;

/// <summary>
/// One gateway query over many orders with their items' products, the products' stock and the
/// orders' payments costs one request per subgraph, however many orders there are: entity fetches
/// go out as one batch per plan step, never one request per order or item.
/// </summary>
[Collection(ShopStackCollection.Name)]
public sealed class RequestCountingTests(ShopStack shop)
{
    private const string OrdersWithEverything = """
        query OrdersWithEverything($first: Int!) {
          me {
            orders(first: $first) {
              totalCount
              nodes {
                id status total
                items { quantity productName product { id name price inventory { available } } }
                payment { status amount }
              }
            }
          }
        }
        """;

    private const int ItemsPerOrder = 2;

    [Fact]
    public async Task Orders_with_products_stock_and_payments_cost_one_request_per_subgraph_for_10_and_for_100_orders()
    {
        foreach (var count in new[] { 10, 100 })
        {
            // Arrange
            var customer = await shop.SignUpAsync();
            var (placed, catalog) = await PlaceOrdersAsync(Guid.Parse(customer.Id), count);
            var mark = shop.Requests.Mark();

            // Act
            var response = await shop.Gateway.PostAsync(OrdersWithEverything, new { first = count }, customer.Token);

            // Assert
            Assert.True(response.Errors.Count == 0, response.ToString());
            var requests = shop.Requests.Since(mark).Where(r => r.IsFromGateway).ToList();
            var perSubgraph = requests.GroupBy(r => r.Subgraph).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(
                new Dictionary<string, int> { ["users"] = 1, ["orders"] = 1, ["products"] = 1, ["inventory"] = 1, ["payments"] = 1 },
                perSubgraph);
            var distinctProducts = catalog.Count;
            Assert.Equal(["me"], Single(requests, "users").RootFields);
            Assert.Equal(["userById"], Single(requests, "orders").RootFields);
            Assert.Equal(Enumerable.Repeat("productById", distinctProducts), Single(requests, "products").RootFields);
            Assert.Equal(Enumerable.Repeat("productById", distinctProducts), Single(requests, "inventory").RootFields);
            Assert.Equal(Enumerable.Repeat("orderById", count), Single(requests, "payments").RootFields);
            AssertComplete(response.Data, placed, catalog);
        }
    }

    private static SubgraphRequest Single(List<SubgraphRequest> requests, string subgraph) => Assert.Single(requests, r => r.Subgraph == subgraph);

    private static void AssertComplete(JsonElement data, IReadOnlyList<PlacedOrder> placed, IReadOnlyDictionary<string, (string Name, decimal Price)> catalog)
    {
        var orders = data.GetProperty("me").GetProperty("orders");
        Assert.Equal(placed.Count, orders.GetProperty("totalCount").GetInt32());
        var nodes = orders.GetProperty("nodes").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);
        Assert.Equal(placed.Select(o => o.Id.ToString()).Order(StringComparer.Ordinal), nodes.Keys.Order(StringComparer.Ordinal));
        foreach (var order in placed)
        {
            var node = nodes[order.Id.ToString()];
            Assert.Equal("PAID", node.GetProperty("status").GetString());
            Assert.Equal(("SUCCEEDED", order.Total), (node.GetProperty("payment").GetProperty("status").GetString(), node.GetProperty("payment").GetProperty("amount").GetDecimal()));
            var items = node.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(order.Items.Select(i => i.ProductId.ToString()), items.Select(i => i.GetProperty("product").GetProperty("id").GetString()));
            Assert.All(items, item =>
            {
                var product = item.GetProperty("product");
                var (name, price) = catalog[product.GetProperty("id").GetString()!];
                Assert.Equal(name, product.GetProperty("name").GetString());
                Assert.Equal(price, product.GetProperty("price").GetDecimal());
                Assert.Equal(name, item.GetProperty("productName").GetString());
                Assert.True(product.GetProperty("inventory").GetProperty("available").GetInt32() >= 0);
            });
        }
    }

    /// <summary>Paid orders as checkout leaves them (items with the catalog's names and prices, status history, a succeeded payment), written through the Orders and Payments apps' own DbContexts.</summary>
    private async Task<(IReadOnlyList<PlacedOrder> Orders, IReadOnlyDictionary<string, (string Name, decimal Price)> Catalog)> PlaceOrdersAsync(Guid userId, int count)
    {
        var productNumbers = Enumerable.Range(0, count * ItemsPerOrder).Select(i => 1 + (i % 240)).ToList();
        var catalog = await CatalogAsync(productNumbers.Distinct().Select(SeedCatalog.ProductId));
        var now = DateTimeOffset.UtcNow;
        var placed = new List<PlacedOrder>(count);
        await using (var scope = shop.Orders.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrdersContext>();
            for (var n = 0; n < count; n++)
            {
                var order = new Order
                {
                    Id = Guid.CreateVersion7(),
                    UserId = userId,
                    Status = OrderStatus.Paid,
                    Currency = "EUR",
                    IdempotencyKey = Guid.NewGuid().ToString("N"),
                    ShippingAddress = new ShippingAddress { Name = "Test Customer", Line1 = "Hauptstraße 1", City = "Berlin", PostalCode = "10115", Country = "DE" },
                    CreatedAt = now.AddSeconds(-n),
                    UpdatedAt = now.AddSeconds(-n),
                };
                var items = Enumerable.Range(0, ItemsPerOrder).Select(position =>
                {
                    var productId = SeedCatalog.ProductId(productNumbers[(n * ItemsPerOrder) + position]);
                    var (name, price) = catalog[productId.ToString()];
                    return new OrderItem
                    {
                        Id = Guid.CreateVersion7(),
                        OrderId = order.Id,
                        Position = position,
                        ProductId = productId,
                        Quantity = position + 1,
                        UnitPrice = price,
                        LineTotal = price * (position + 1),
                        ProductName = name,
                        Sku = SeedCatalog.ProductSku(productNumbers[(n * ItemsPerOrder) + position]),
                    };
                }).ToList();
                order.Total = items.Sum(i => i.LineTotal);
                db.Orders.Add(order);
                db.OrderItems.AddRange(items);
                db.StatusChanges.Add(new OrderStatusChange { OrderId = order.Id, Status = OrderStatus.Pending, Reason = "placed", ChangedAt = order.CreatedAt });
                db.StatusChanges.Add(new OrderStatusChange { OrderId = order.Id, PreviousStatus = OrderStatus.Pending, Status = OrderStatus.Paid, Reason = "payment succeeded", ChangedAt = order.CreatedAt });
                placed.Add(new PlacedOrder(order.Id, order.Total, items));
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = shop.Payments.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaymentsContext>();
            db.Payments.AddRange(placed.Select(order => new PaymentRecord
            {
                Id = Guid.CreateVersion7(),
                OrderId = order.Id,
                Amount = order.Total,
                Currency = "EUR",
                Status = PaymentStatuses.Succeeded,
                Provider = "test",
                ProviderReference = "pi_test_" + order.Id.ToString("N"),
                PaymentMethod = "4242",
                IdempotencyKey = "checkout-" + order.Id.ToString("N"),
                UserId = userId,
                CreatedAt = now,
                UpdatedAt = now,
            }));
            await db.SaveChangesAsync();
        }

        return (placed, catalog);
    }

    /// <summary>The catalog's names and prices of these products, read from the Products subgraph through the gateway.</summary>
    private async Task<IReadOnlyDictionary<string, (string Name, decimal Price)>> CatalogAsync(IEnumerable<Guid> productIds)
    {
        var data = await shop.Gateway.DataAsync(
            "query Catalog($ids: [ID!]!) { productsByIds(ids: $ids) { id name price } }",
            new { ids = productIds.Select(id => id.ToString()).ToArray() });
        return data.GetProperty("productsByIds").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => (p.GetProperty("name").GetString()!, p.GetProperty("price").GetDecimal()));
    }

    private sealed record PlacedOrder(Guid Id, decimal Total, IReadOnlyList<OrderItem> Items);
}
