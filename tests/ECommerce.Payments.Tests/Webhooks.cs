using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ECommerce.Payments.Webhooks;

namespace ECommerce.Payments.Tests;

/// <summary>Builds Stripe events as Stripe sends them and posts them, signed, to /webhooks/stripe.</summary>
internal static class Webhooks
{
    public static string Event(string type, object dataObject, string? id = null)
        => JsonSerializer.Serialize(new
        {
            id = id ?? "evt_" + Guid.NewGuid().ToString("N"),
            @object = "event",
            api_version = "2024-06-20",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            type,
            data = new { @object = dataObject },
        });

    public static object PaymentIntent(string id, string status, string? latestCharge = null, object? lastPaymentError = null)
        => new { id, @object = "payment_intent", amount = 1000, currency = "eur", status, latest_charge = latestCharge, last_payment_error = lastPaymentError };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string payload, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(StripeWebhookEndpoint.Path, UriKind.Relative))
        {
            Content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(StripeSignature.HeaderName, signature);
        }

        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostSignedAsync(HttpClient http, string payload, DateTimeOffset? signedAt = null, string secret = PaymentsHost.WebhookSecret)
        => PostAsync(http, payload, StripeSignature.Create(Encoding.UTF8.GetBytes(payload), secret, signedAt ?? DateTimeOffset.UtcNow));

    public static async Task<string?> OutcomeAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("outcome").GetString();
    }
}
