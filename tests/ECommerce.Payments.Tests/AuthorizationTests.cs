using System.Text.Json;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Testing;

namespace ECommerce.Payments.Tests;

[Collection(PaymentsAppCollection.Name)]
public sealed class AuthorizationTests(PaymentsServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    public static TheoryData<string?, string> NotServices => new()
    {
        { null, "AUTH_NOT_AUTHENTICATED" },
        { Roles.Customer, "AUTH_NOT_AUTHORIZED" },
        { Roles.Admin, "AUTH_NOT_AUTHORIZED" },
    };

    [Theory]
    [MemberData(nameof(NotServices))]
    public async Task Only_services_charge(string? role, string code)
    {
        var orderId = PaymentsApi.NewOrderId();

        var result = await Client.ExecuteAsync(Operations.ChargePayment, new
        {
            input = new { orderId, userId = Guid.NewGuid(), amount = 10m, currency = "EUR", paymentMethod = "4242424242424242", idempotencyKey = "auth-" + orderId },
        }, TokenFor(role));

        Assert.Equal(code, SubgraphClient.SingleErrorCode(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
        await AssertNotChargedAsync(orderId);
    }

    [Theory]
    [MemberData(nameof(NotServices))]
    public async Task Only_services_refund(string? role, string code)
    {
        var orderId = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, fixture.Host.ServiceToken, orderId, 10m);

        var result = await Client.ExecuteAsync(Operations.RefundPayment, new { input = new { orderId, amount = 10m, idempotencyKey = "auth-refund-" + orderId } }, TokenFor(role));

        Assert.Equal(code, SubgraphClient.SingleErrorCode(result));
        var order = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, fixture.Host.ServiceToken);
        Assert.Equal("SUCCEEDED", order.GetProperty("orderById").GetProperty("payment").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Order_lookup_needs_a_signed_in_caller()
    {
        var orderId = PaymentsApi.NewOrderId();

        var anonymous = await Client.ExecuteAsync(Operations.OrderPayment, new { id = orderId });
        var customer = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, TokenFor(Roles.Customer));

        Assert.Equal("AUTH_NOT_AUTHENTICATED", SubgraphClient.SingleErrorCode(anonymous));
        Assert.Equal(orderId, customer.GetProperty("orderById").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Payment_lists_and_payment_lookups_are_for_admins_and_services()
    {
        var orderId = PaymentsApi.NewOrderId();
        var charged = await PaymentsApi.ChargeAsync(Client, fixture.Host.ServiceToken, orderId, 10m);
        var paymentId = PaymentsApi.Payment(charged).GetProperty("id").GetString();
        const string PaymentById = "query($id: ID!) { paymentById(id: $id) { id status } }";

        var customerList = await Client.ExecuteAsync(Operations.PaymentsByOrder, new { orderId }, TokenFor(Roles.Customer));
        var customerLookup = await Client.ExecuteAsync(PaymentById, new { id = paymentId }, TokenFor(Roles.Customer));
        var adminList = await Client.DataAsync(Operations.PaymentsByOrder, new { orderId }, TokenFor(Roles.Admin));
        var serviceLookup = await Client.DataAsync(PaymentById, new { id = paymentId }, fixture.Host.ServiceToken);

        Assert.Equal("AUTH_NOT_AUTHORIZED", SubgraphClient.SingleErrorCode(customerList));
        Assert.Equal("AUTH_NOT_AUTHORIZED", SubgraphClient.SingleErrorCode(customerLookup));
        Assert.Equal(paymentId, Assert.Single(adminList.GetProperty("paymentsByOrder").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("SUCCEEDED", serviceLookup.GetProperty("paymentById").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Order_payment_answers_the_orders_customer_admins_and_services_only()
    {
        var orderId = PaymentsApi.NewOrderId();
        var (owner, stranger) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var charged = await PaymentsApi.ChargeAsync(Client, fixture.Host.ServiceToken, orderId, 10m, userId: owner);
        var paymentId = PaymentsApi.Payment(charged).GetProperty("id").GetString();

        var ownerView = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, fixture.Host.Token(owner, Roles.Customer));
        var strangerView = await Client.ExecuteAsync(Operations.OrderPayment, new { id = orderId }, fixture.Host.Token(stranger, Roles.Customer));
        var adminView = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, TokenFor(Roles.Admin));
        var serviceView = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, fixture.Host.ServiceToken);

        Assert.Equal(paymentId, ownerView.GetProperty("orderById").GetProperty("payment").GetProperty("id").GetString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", SubgraphClient.SingleErrorCode(strangerView));
        Assert.Equal(JsonValueKind.Null, strangerView.GetProperty("data").GetProperty("orderById").GetProperty("payment").ValueKind);
        Assert.DoesNotContain(paymentId!, strangerView.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(paymentId, adminView.GetProperty("orderById").GetProperty("payment").GetProperty("id").GetString());
        Assert.Equal(paymentId, serviceView.GetProperty("orderById").GetProperty("payment").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_batch_of_orders_shows_a_customer_only_their_own_payments()
    {
        var customer = Guid.NewGuid().ToString();
        var own = PaymentsApi.NewOrderId();
        var foreign = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, fixture.Host.ServiceToken, own, 10m, userId: customer);
        await PaymentsApi.ChargeAsync(Client, fixture.Host.ServiceToken, foreign, 10m, userId: Guid.NewGuid().ToString());
        const string Both = "query($own: ID!, $foreign: ID!) { own: orderById(id: $own) { payment { orderId } } foreign: orderById(id: $foreign) { payment { orderId } } }";

        var result = await Client.ExecuteAsync(Both, new { own, foreign }, fixture.Host.Token(customer, Roles.Customer));

        Assert.Equal(own, result.GetProperty("data").GetProperty("own").GetProperty("payment").GetProperty("orderId").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("foreign").GetProperty("payment").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHORIZED", SubgraphClient.SingleErrorCode(result));
    }

    private string? TokenFor(string? role) => role is null ? null : fixture.Host.Token(Guid.NewGuid().ToString(), role);

    private async Task AssertNotChargedAsync(string orderId)
    {
        var data = await Client.DataAsync(Operations.PaymentsByOrder, new { orderId }, fixture.Host.ServiceToken);
        Assert.Empty(data.GetProperty("paymentsByOrder").EnumerateArray());
    }
}
