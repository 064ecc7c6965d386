using System.Net;
using System.Text.Json;
using ECommerce.Payments.Providers.Stripe;
using Microsoft.Extensions.Options;

namespace ECommerce.Payments.Tests;

/// <summary>The hand-written Stripe client against stripe-stateful-mock, a Stripe-compatible server started by the fixture.</summary>
public sealed class StripeClientTests(StripeMockServer stripe) : IClassFixture<StripeMockServer>
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Refunds_are_created_partially_then_for_the_rest_and_a_repeated_key_replays_the_first()
    {
        var client = Client();
        var chargeId = await CreateChargeAsync(client, "tok_visa", 5000);

        var partial = await client.CreateRefundAsync(new StripeRefundCreate(chargeId, null, 1500), "refund-a-" + chargeId, CancellationToken.None);
        var replayed = await client.CreateRefundAsync(new StripeRefundCreate(chargeId, null, 1500), "refund-a-" + chargeId, CancellationToken.None);
        var rest = await client.CreateRefundAsync(new StripeRefundCreate(chargeId, null, null), "refund-b-" + chargeId, CancellationToken.None);

        Assert.StartsWith("re_", partial.Id, StringComparison.Ordinal);
        Assert.Equal((1500, "succeeded", chargeId), (partial.Amount, partial.Status, partial.Charge));
        Assert.Equal(partial.Id, replayed.Id);
        Assert.Equal(3500, rest.Amount);
        Assert.NotEqual(partial.Id, rest.Id);
    }

    [Fact]
    public async Task Refunding_more_than_is_left_is_an_invalid_request_that_is_not_retryable()
    {
        var client = Client();
        var chargeId = await CreateChargeAsync(client, "tok_visa", 2000);

        var error = await Assert.ThrowsAsync<StripeException>(() => client.CreateRefundAsync(new StripeRefundCreate(chargeId, null, 2001), "too-much-" + chargeId, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid_request_error", error.Type);
        Assert.Equal("amount", error.Param);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task Form_fields_with_nested_names_reach_stripe_as_objects()
    {
        var client = Client();

        var charge = await client.PostAsync("/v1/charges", Form("tok_visa", 1234, ("metadata[order_id]", "order-42"), ("metadata[note]", "a & b = c")), NewKey(), CancellationToken.None);

        Assert.Equal(1234, charge.GetProperty("amount").GetInt64());
        Assert.Equal("order-42", charge.GetProperty("metadata").GetProperty("order_id").GetString());
        Assert.Equal("a & b = c", charge.GetProperty("metadata").GetProperty("note").GetString());
    }

    [Fact]
    public async Task The_idempotency_key_is_sent_a_repeat_replays_and_other_parameters_under_it_are_refused()
    {
        var client = Client();
        var key = NewKey();

        var first = await client.PostAsync("/v1/charges", Form("tok_visa", 700), key, CancellationToken.None);
        var replay = await client.PostAsync("/v1/charges", Form("tok_visa", 700), key, CancellationToken.None);
        var conflict = await Assert.ThrowsAsync<StripeException>(() => client.PostAsync("/v1/charges", Form("tok_visa", 800), key, CancellationToken.None));

        Assert.Equal(first.GetProperty("id").GetString(), replay.GetProperty("id").GetString());
        Assert.Equal("idempotency_error", conflict.Type);
        Assert.False(conflict.IsRetryable);
    }

    [Theory]
    [InlineData("tok_chargeDeclined", "card_declined", "generic_decline")]
    [InlineData("tok_chargeDeclinedInsufficientFunds", "card_declined", "insufficient_funds")]
    [InlineData("tok_chargeDeclinedExpiredCard", "expired_card", null)]
    public async Task Card_errors_carry_the_code_and_decline_code(string token, string code, string? declineCode)
    {
        var client = Client();

        var error = await Assert.ThrowsAsync<StripeException>(() => client.PostAsync("/v1/charges", Form(token, 1000), NewKey(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.PaymentRequired, error.StatusCode);
        Assert.True(error.IsCardError);
        Assert.Equal(code, error.Code);
        Assert.Equal(declineCode, error.DeclineCode);
        Assert.False(error.IsRetryable);
        Assert.False(string.IsNullOrEmpty(error.Message));
    }

    [Theory]
    [InlineData("tok_500", HttpStatusCode.InternalServerError)]
    [InlineData("tok_429", HttpStatusCode.TooManyRequests)]
    public async Task Server_errors_and_rate_limits_are_retryable(string token, HttpStatusCode status)
    {
        var client = Client();

        var error = await Assert.ThrowsAsync<StripeException>(() => client.PostAsync("/v1/charges", Form(token, 1000), NewKey(), CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task A_key_that_is_not_a_secret_key_is_refused_and_not_retryable()
    {
        var client = Client(apiKey: "pk_test_publishable");

        var error = await Assert.ThrowsAsync<StripeException>(() => client.PostAsync("/v1/charges", Form("tok_visa", 1000), NewKey(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("Invalid API Key", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_a_retryable_timeout()
    {
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var client = Client(new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"), timeout: TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<StripeException>(() => client.CreateRefundAsync(new StripeRefundCreate("ch_1", null, 100), NewKey(), CancellationToken.None));

        Assert.True(error.IsTimeout);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_retryable()
    {
        var client = Client(new Uri($"http://127.0.0.1:{ECommerce.Testing.FreeTcpPort.Next()}"));

        var error = await Assert.ThrowsAsync<StripeException>(() => client.CreateRefundAsync(new StripeRefundCreate("ch_1", null, 100), NewKey(), CancellationToken.None));

        Assert.Null(error.StatusCode);
        Assert.True(error.IsRetryable);
    }

    private StripeClient Client(Uri? baseUrl = null, string apiKey = StripeMockServer.ApiKey, TimeSpan? timeout = null)
        => new(Http, Options.Create(new StripeOptions { ApiKey = apiKey, BaseUrl = baseUrl ?? stripe.BaseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(10) }));

    private static string NewKey() => "test-" + Guid.NewGuid().ToString("N");

    private static List<KeyValuePair<string, string>> Form(string source, long amount, params (string Name, string Value)[] more)
        => [new("amount", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("currency", "eur"), new("source", source), .. more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value))];

    /// <summary>A charge in the mock to refund (the mock has no PaymentIntents; refunds name the charge as the Stripe provider does).</summary>
    private static async Task<string> CreateChargeAsync(StripeClient client, string source, long amount)
    {
        JsonElement charge = await client.PostAsync("/v1/charges", Form(source, amount), NewKey(), CancellationToken.None);
        return charge.GetProperty("id").GetString()!;
    }
}
