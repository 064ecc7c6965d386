using System.Globalization;
using ECommerce.Testing;

namespace ECommerce.Payments.Tests;

[Collection(PaymentsAppCollection.Name)]
public sealed class RefundTests(PaymentsServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    private string Token => fixture.Host.ServiceToken;

    [Fact]
    public async Task A_partial_refund_then_the_rest_refunds_the_payment_in_full()
    {
        var orderId = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, Token, orderId, 100m);

        var partial = await PaymentsApi.RefundAsync(Client, Token, orderId, 30.25m);
        var rest = await PaymentsApi.RefundAsync(Client, Token, orderId, amount: null);

        Assert.Empty(PaymentsApi.Errors(partial));
        Assert.Equal("PARTIALLY_REFUNDED", PaymentsApi.Status(partial));
        Assert.Equal(30.25m, partial.GetProperty("refund").GetProperty("amount").GetDecimal());
        Assert.Equal("SUCCEEDED", partial.GetProperty("refund").GetProperty("status").GetString());
        Assert.StartsWith("re_test_", partial.GetProperty("refund").GetProperty("providerReference").GetString(), StringComparison.Ordinal);
        Assert.Equal("REFUNDED", PaymentsApi.Status(rest));
        Assert.Equal(69.75m, rest.GetProperty("refund").GetProperty("amount").GetDecimal());
        Assert.Equal([30.25m, 69.75m], PaymentsApi.Payment(rest).GetProperty("refunds").EnumerateArray().Select(r => r.GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task Order_payment_shows_the_refunds()
    {
        var orderId = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, Token, orderId, 40m);
        var refund = await PaymentsApi.RefundAsync(Client, Token, orderId, 40m);

        var data = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, Token);

        var payment = data.GetProperty("orderById").GetProperty("payment");
        Assert.Equal("REFUNDED", payment.GetProperty("status").GetString());
        Assert.Equal(refund.GetProperty("refund").GetProperty("id").GetString(), Assert.Single(payment.GetProperty("refunds").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Refunding_more_than_is_left_is_a_typed_error_and_changes_nothing()
    {
        var orderId = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, Token, orderId, 25m);
        await PaymentsApi.RefundAsync(Client, Token, orderId, 20m);

        var tooMuch = await PaymentsApi.RefundAsync(Client, Token, orderId, 5.01m);
        var order = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, Token);

        var error = Assert.Single(PaymentsApi.Errors(tooMuch));
        Assert.Equal("RefundExceedsPaymentError", error.GetProperty("__typename").GetString());
        Assert.Equal(5.01m, error.GetProperty("requested").GetDecimal());
        Assert.Equal(5m, error.GetProperty("refundable").GetDecimal());
        Assert.Single(order.GetProperty("orderById").GetProperty("payment").GetProperty("refunds").EnumerateArray());
    }

    [Fact]
    public async Task A_refund_after_a_full_refund_is_a_typed_error()
    {
        var orderId = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, Token, orderId, 25m);
        await PaymentsApi.RefundAsync(Client, Token, orderId, amount: null);

        var again = await PaymentsApi.RefundAsync(Client, Token, orderId, amount: null);

        var error = Assert.Single(PaymentsApi.Errors(again));
        Assert.Equal("RefundExceedsPaymentError", error.GetProperty("__typename").GetString());
        Assert.Equal(0m, error.GetProperty("refundable").GetDecimal());
    }

    [Fact]
    public async Task The_same_refund_key_returns_the_first_refund()
    {
        var orderId = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, Token, orderId, 60m);
        var key = "refund-once-" + orderId;

        var first = await PaymentsApi.RefundAsync(Client, Token, orderId, 10m, key);
        var second = await PaymentsApi.RefundAsync(Client, Token, orderId, 10m, key);

        Assert.Equal(first.GetProperty("refund").GetRawText(), second.GetProperty("refund").GetRawText());
        Assert.Single(PaymentsApi.Payment(second).GetProperty("refunds").EnumerateArray());
    }

    [Fact]
    public async Task An_order_without_a_successful_payment_has_nothing_to_refund()
    {
        var neverCharged = PaymentsApi.NewOrderId();
        var declined = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, Token, declined, paymentMethod: "4000000000000002");

        var first = await PaymentsApi.RefundAsync(Client, Token, neverCharged, amount: null);
        var second = await PaymentsApi.RefundAsync(Client, Token, declined, 1m);

        Assert.Equal(neverCharged, Assert.Single(PaymentsApi.Errors(first)).GetProperty("orderId").GetString());
        Assert.Equal("PaymentNotFoundError", Assert.Single(PaymentsApi.Errors(second)).GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.001")]
    public async Task A_refund_amount_that_is_not_positive_or_too_fine_is_invalid_input(string amount)
    {
        var orderId = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, Token, orderId, 10m);

        var payload = await PaymentsApi.RefundAsync(Client, Token, orderId, decimal.Parse(amount, CultureInfo.InvariantCulture));

        Assert.Equal("amount", Assert.Single(PaymentsApi.Errors(payload)).GetProperty("field").GetString());
    }
}
