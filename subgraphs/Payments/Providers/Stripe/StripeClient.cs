using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ECommerce.Payments.Providers.Stripe;

/// <summary>
/// A small client of Stripe's REST API (Stripe.net cannot be restored here): form-encoded POST bodies, the secret key
/// as Bearer token, an Idempotency-Key on every POST, a pinned Stripe-Version, JSON answers. Error answers, timeouts
/// and connection failures become <see cref="StripeException"/>.
/// </summary>
public sealed class StripeClient(HttpClient http, IOptions<StripeOptions> options)
{
    private readonly StripeOptions _options = options.Value;

    public async Task<StripePaymentIntent> CreatePaymentIntentAsync(StripePaymentIntentCreate create, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        var form = new List<KeyValuePair<string, string>>
        {
            new("amount", create.Amount.ToString(CultureInfo.InvariantCulture)),
            new("currency", create.Currency.ToLowerInvariant()),
            new("payment_method_types[0]", "card"),
        };
        if (create.PaymentMethod is { } paymentMethod)
        {
            form.Add(new("payment_method", paymentMethod));
        }

        if (create.Confirm)
        {
            form.Add(new("confirm", "true"));
        }

        AddMetadata(form, create.Metadata);
        return StripePaymentIntent.From(await PostAsync("/v1/payment_intents", form, idempotencyKey, cancellationToken));
    }

    public async Task<StripePaymentIntent> ConfirmPaymentIntentAsync(string paymentIntentId, string? paymentMethod, string idempotencyKey, CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>>();
        if (paymentMethod is not null)
        {
            form.Add(new("payment_method", paymentMethod));
        }

        return StripePaymentIntent.From(await PostAsync($"/v1/payment_intents/{Uri.EscapeDataString(paymentIntentId)}/confirm", form, idempotencyKey, cancellationToken));
    }

    public async Task<StripePaymentIntent> RetrievePaymentIntentAsync(string paymentIntentId, CancellationToken cancellationToken)
        => StripePaymentIntent.From(await SendAsync(HttpMethod.Get, $"/v1/payment_intents/{Uri.EscapeDataString(paymentIntentId)}", null, null, cancellationToken));

    public async Task<StripeRefund> CreateRefundAsync(StripeRefundCreate create, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        var form = new List<KeyValuePair<string, string>>();
        if (create.Charge is not null)
        {
            form.Add(new("charge", create.Charge));
        }
        else if (create.PaymentIntent is not null)
        {
            form.Add(new("payment_intent", create.PaymentIntent));
        }
        else
        {
            throw new ArgumentException("A refund names a charge or a PaymentIntent.", nameof(create));
        }

        if (create.Amount is { } amount)
        {
            form.Add(new("amount", amount.ToString(CultureInfo.InvariantCulture)));
        }

        AddMetadata(form, create.Metadata);
        return StripeRefund.From(await PostAsync("/v1/refunds", form, idempotencyKey, cancellationToken));
    }

    /// <summary>A POST of form fields (nested names in Stripe's bracket form, such as <c>metadata[order_id]</c>) under an Idempotency-Key.</summary>
    internal Task<JsonElement> PostAsync(string path, IReadOnlyList<KeyValuePair<string, string>> form, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return SendAsync(HttpMethod.Post, path, form, idempotencyKey, cancellationToken);
    }

    private async Task<JsonElement> SendAsync(
        HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>>? form, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.BaseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        request.Headers.TryAddWithoutValidation("Stripe-Version", _options.ApiVersion);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw StripeException.FromResponse(response.StatusCode, body);
            }

            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw StripeException.Timeout(_options.Timeout, ex);
        }
        catch (HttpRequestException ex)
        {
            throw StripeException.Unreachable(ex);
        }
        catch (JsonException ex)
        {
            throw new StripeException("Stripe answered with something that is not JSON.", ex);
        }
    }

    private static void AddMetadata(List<KeyValuePair<string, string>> form, IReadOnlyDictionary<string, string>? metadata)
    {
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            form.Add(new($"metadata[{key}]", value));
        }
    }
}
