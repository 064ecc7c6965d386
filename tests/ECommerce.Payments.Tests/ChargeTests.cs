using System.Globalization;
using System.Text.Json;
using ECommerce.Testing;

namespace ECommerce.Payments.Tests;

[Collection(PaymentsAppCollection.Name)]
public sealed class ChargeTests(PaymentsServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    private string Token => fixture.Host.ServiceToken;

    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("4242 4242 4242 4242")]
    [InlineData("pm_card_visa")]
    [InlineData("5555555555554444")]
    [InlineData("pm_card_mastercard")]
    public async Task Stripe_test_cards_that_succeed_make_a_succeeded_payment(string paymentMethod)
    {
        var orderId = PaymentsApi.NewOrderId();

        var payload = await PaymentsApi.ChargeAsync(Client, Token, orderId, 49.90m, paymentMethod);

        Assert.Empty(PaymentsApi.Errors(payload));
        var payment = PaymentsApi.Payment(payload);
        Assert.Equal("SUCCEEDED", payment.GetProperty("status").GetString());
        Assert.Equal(orderId, payment.GetProperty("orderId").GetString());
        Assert.Equal(49.90m, payment.GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", payment.GetProperty("currency").GetString());
        Assert.Equal("test", payment.GetProperty("provider").GetString());
        Assert.StartsWith("pi_test_", payment.GetProperty("providerReference").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("failureCode").ValueKind);
        Assert.Empty(payment.GetProperty("refunds").EnumerateArray());
    }

    [Theory]
    [InlineData("4000000000000002", "generic_decline")]
    [InlineData("pm_card_chargeDeclined", "generic_decline")]
    [InlineData("pm_card_visa_chargeDeclined", "generic_decline")]
    [InlineData("4000000000009995", "insufficient_funds")]
    [InlineData("pm_card_visa_chargeDeclinedInsufficientFunds", "insufficient_funds")]
    [InlineData("4000000000009987", "lost_card")]
    [InlineData("4000000000009979", "stolen_card")]
    [InlineData("4000000000000069", "expired_card")]
    [InlineData("4000000000000127", "incorrect_cvc")]
    [InlineData("4000000000000119", "processing_error")]
    [InlineData("4242424242424241", "incorrect_number")]
    [InlineData("4111111111111111", "test_mode_live_card")]
    public async Task Stripe_test_cards_that_fail_make_a_failed_payment_and_a_declined_error(string paymentMethod, string declineCode)
    {
        var payload = await PaymentsApi.ChargeAsync(Client, Token, PaymentsApi.NewOrderId(), 12.00m, paymentMethod);

        var error = Assert.Single(PaymentsApi.Errors(payload));
        Assert.Equal("PaymentDeclinedError", error.GetProperty("__typename").GetString());
        Assert.Equal(declineCode, error.GetProperty("declineCode").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.Equal("FAILED", PaymentsApi.Status(payload));
        Assert.Equal(declineCode, PaymentsApi.Payment(payload).GetProperty("failureCode").GetString());
        Assert.Equal(error.GetProperty("message").GetString(), PaymentsApi.Payment(payload).GetProperty("failureMessage").GetString());
    }

    [Fact]
    public async Task Invalid_input_is_a_typed_error_per_field_and_stores_nothing()
    {
        var payload = (await Client.DataAsync(Operations.ChargePayment, new
        {
            input = new { orderId = "not-a-uuid", userId = "00000000-0000-0000-0000-000000000000", amount = -1m, currency = "EUR", paymentMethod = "", idempotencyKey = " " },
        }, Token)).GetProperty("chargePayment");

        Assert.Equal(JsonValueKind.Null, PaymentsApi.Payment(payload).ValueKind);
        var fields = PaymentsApi.Errors(payload).Select(e => (e.GetProperty("__typename").GetString()!, e.GetProperty("field").GetString()!)).ToList();
        Assert.Equal([("InvalidInputError", "orderId"), ("InvalidInputError", "userId"), ("InvalidInputError", "amount"), ("InvalidInputError", "paymentMethod"), ("InvalidInputError", "idempotencyKey")], fields);
    }

    [Theory]
    [InlineData("10.001", "EUR", "amount")]
    [InlineData("100.5", "JPY", "amount")]
    [InlineData("10", "EURO", "currency")]
    public async Task Amounts_finer_than_the_currency_and_unknown_currency_codes_are_refused(string amount, string currency, string field)
    {
        var payload = await PaymentsApi.ChargeAsync(Client, Token, PaymentsApi.NewOrderId(), decimal.Parse(amount, CultureInfo.InvariantCulture), currency: currency);

        var error = Assert.Single(PaymentsApi.Errors(payload));
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, PaymentsApi.Payment(payload).ValueKind);
    }

    [Fact]
    public async Task An_unknown_payment_method_id_is_an_invalid_input()
    {
        var orderId = PaymentsApi.NewOrderId();

        var payload = await PaymentsApi.ChargeAsync(Client, Token, orderId, paymentMethod: "pm_does_not_exist");

        var error = Assert.Single(PaymentsApi.Errors(payload));
        Assert.Equal("paymentMethod", error.GetProperty("field").GetString());
        var order = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, Token);
        Assert.Equal(JsonValueKind.Null, order.GetProperty("orderById").GetProperty("payment").ValueKind);
    }

    [Fact]
    public async Task A_zero_decimal_currency_is_charged_in_whole_units()
    {
        var payload = await PaymentsApi.ChargeAsync(Client, Token, PaymentsApi.NewOrderId(), 1500m, currency: "jpy");

        Assert.Equal("SUCCEEDED", PaymentsApi.Status(payload));
        Assert.Equal("JPY", PaymentsApi.Payment(payload).GetProperty("currency").GetString());
    }

    [Fact]
    public async Task An_order_that_is_paid_is_not_charged_again_with_another_key()
    {
        var orderId = PaymentsApi.NewOrderId();
        var first = await PaymentsApi.ChargeAsync(Client, Token, orderId);

        var second = await PaymentsApi.ChargeAsync(Client, Token, orderId);

        Assert.Equal("SUCCEEDED", PaymentsApi.Status(first));
        Assert.Equal("orderId", Assert.Single(PaymentsApi.Errors(second)).GetProperty("field").GetString());
        var all = await Client.DataAsync(Operations.PaymentsByOrder, new { orderId }, Token);
        Assert.Single(all.GetProperty("paymentsByOrder").EnumerateArray());
    }

    [Fact]
    public async Task A_declined_order_can_be_charged_again_and_its_payment_is_the_latest_attempt()
    {
        var orderId = PaymentsApi.NewOrderId();
        var declined = await PaymentsApi.ChargeAsync(Client, Token, orderId, paymentMethod: "4000000000009995");

        var retried = await PaymentsApi.ChargeAsync(Client, Token, orderId, paymentMethod: "4242424242424242");
        var order = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, Token);
        var all = await Client.DataAsync(Operations.PaymentsByOrder, new { orderId }, Token);

        Assert.Equal("FAILED", PaymentsApi.Status(declined));
        Assert.Equal("SUCCEEDED", PaymentsApi.Status(retried));
        var latest = order.GetProperty("orderById").GetProperty("payment");
        Assert.Equal(PaymentsApi.Payment(retried).GetProperty("id").GetString(), latest.GetProperty("id").GetString());
        Assert.Equal(
            [PaymentsApi.Payment(retried).GetProperty("id").GetString(), PaymentsApi.Payment(declined).GetProperty("id").GetString()],
            all.GetProperty("paymentsByOrder").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Order_payment_is_null_for_an_order_never_charged()
    {
        var orderId = PaymentsApi.NewOrderId();

        var data = await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, Token);

        Assert.Equal(orderId, data.GetProperty("orderById").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("orderById").GetProperty("payment").ValueKind);
    }
}
