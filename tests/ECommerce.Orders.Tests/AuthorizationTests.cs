using System.Text.Json;
using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;

namespace ECommerce.Orders.Tests;

[Collection(OrdersAppCollection.Name)]
public sealed class AuthorizationTests(OrdersServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    public static TheoryData<string> CustomerMutations => ["addToCart", "updateCartItem", "removeFromCart", "checkout"];

    public static TheoryData<string> AdminMutations => ["shipOrder", "deliverOrder", "cancelOrder", "refundOrder"];

    [Theory]
    [MemberData(nameof(CustomerMutations))]
    [MemberData(nameof(AdminMutations))]
    public async Task Every_mutation_is_refused_to_anonymous_callers(string mutation)
    {
        var order = await TestOrders.PlaceAsync(fixture.Host, Guid.NewGuid());

        var result = await Client.ExecuteAsync(Document(mutation), Variables(mutation, order.Id));

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], SubgraphClient.ErrorCodes(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
        Assert.Equal(OrderStatus.Paid, (await fixture.Host.WithLedgerAsync(l => l.FindAsync(order.Id, CancellationToken.None)))!.Status);
    }

    [Theory]
    [MemberData(nameof(CustomerMutations))]
    public async Task Cart_and_checkout_are_refused_to_service_tokens_which_have_no_cart(string mutation)
    {
        var result = await Client.ExecuteAsync(Document(mutation), Variables(mutation, Guid.NewGuid()), fixture.Host.ServiceToken());

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], SubgraphClient.ErrorCodes(result));
    }

    [Theory]
    [MemberData(nameof(AdminMutations))]
    public async Task Status_changes_are_refused_to_customers_even_for_their_own_orders(string mutation)
    {
        var userId = Guid.NewGuid();
        var order = await TestOrders.PlaceAsync(fixture.Host, userId);

        var customer = await Client.ExecuteAsync(Document(mutation), Variables(mutation, order.Id), fixture.Host.Token(userId));
        var service = await Client.ExecuteAsync(Document(mutation), Variables(mutation, order.Id), fixture.Host.ServiceToken());

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], SubgraphClient.ErrorCodes(customer));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], SubgraphClient.ErrorCodes(service));
        Assert.Equal(OrderStatus.Paid, (await fixture.Host.WithLedgerAsync(l => l.FindAsync(order.Id, CancellationToken.None)))!.Status);
    }

    [Fact]
    public async Task The_cart_is_refused_to_anonymous_callers()
    {
        var result = await Client.ExecuteAsync(Operations.Cart);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], SubgraphClient.ErrorCodes(result));
    }

    [Fact]
    public async Task A_customer_never_sees_another_customers_orders()
    {
        var alice = Guid.NewGuid();
        var bob = Guid.NewGuid();
        var alicesOrder = await TestOrders.PlaceAsync(fixture.Host, alice, OrderStatus.Paid, (5, 1, 12.34m));
        var bobToken = fixture.Host.Token(bob);

        var responses = new[]
        {
            await Client.ExecuteAsync(Operations.OrderById, new { id = alicesOrder.Id.ToString() }, bobToken),
            await Client.ExecuteAsync(Operations.UserOrders, new { id = alice.ToString(), first = 10 }, bobToken),
            await Client.ExecuteAsync(Operations.UserOrders, new { id = bob.ToString(), first = 10 }, bobToken),
            await Client.ExecuteAsync(Operations.AdminOrders, new { first = 100 }, bobToken),
            await Client.ExecuteAsync(
                "query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id total } } }",
                new { r = new[] { new { __typename = "Order", id = alicesOrder.Id.ToString() } } },
                bobToken),
        };

        foreach (var response in responses)
        {
            var text = response.GetRawText();
            Assert.DoesNotContain(alicesOrder.Id.ToString(), text, StringComparison.Ordinal);
            Assert.DoesNotContain("12.34", text, StringComparison.Ordinal);
        }
    }

    private static string Document(string mutation) => mutation switch
    {
        "addToCart" => Operations.AddToCart,
        "updateCartItem" => Operations.UpdateCartItem,
        "removeFromCart" => Operations.RemoveFromCart,
        "checkout" => Operations.Checkout,
        "shipOrder" => Operations.ShipOrder,
        "deliverOrder" => Operations.DeliverOrder,
        "cancelOrder" => Operations.CancelOrder,
        _ => Operations.RefundOrder,
    };

    private static object Variables(string mutation, Guid orderId)
    {
        var productId = SeedCatalog.ProductId(1).ToString();
        return mutation switch
        {
            "addToCart" => new { input = new { productId, quantity = 1 } },
            "updateCartItem" => new { input = new { productId, quantity = 2 } },
            "removeFromCart" => new { input = new { productId } },
            "checkout" => Operations.CheckoutInput(Guid.NewGuid().ToString()),
            _ => new { input = new { orderId = orderId.ToString() } },
        };
    }
}
