using System.Net;
using System.Text.Json;

namespace ECommerce.Payments.Providers.Stripe;

/// <summary>
/// A failed Stripe request: an error answer (<see cref="Type"/> card_error, invalid_request_error, api_error, ...,
/// with <see cref="Code"/> and for card errors <see cref="DeclineCode"/>), a timeout, or no connection.
/// </summary>
public sealed class StripeException : Exception
{
    public StripeException()
    {
    }

    public StripeException(string message)
        : base(message)
    {
    }

    public StripeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private StripeException(string message, HttpStatusCode? status, string? type, string? code, string? declineCode, string? param, string? paymentIntentId, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = status;
        Type = type;
        Code = code;
        DeclineCode = declineCode;
        Param = param;
        PaymentIntentId = paymentIntentId;
    }

    /// <summary>The HTTP status; null when no answer came (timeout, connection failure).</summary>
    public HttpStatusCode? StatusCode { get; }

    public string? Type { get; }

    public string? Code { get; }

    public string? DeclineCode { get; }

    public string? Param { get; }

    /// <summary>The PaymentIntent a card error belongs to (Stripe puts it into the error).</summary>
    public string? PaymentIntentId { get; }

    public bool IsCardError => Type == "card_error";

    public bool IsTimeout => StatusCode is null && InnerException is OperationCanceledException or TimeoutException;

    /// <summary>A repeat with the same Idempotency-Key may succeed: no answer, a 409 (a concurrent request with the same key), a 429, or a 5xx.</summary>
    public bool IsRetryable => StatusCode is not { } status || status is HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests || (int)status >= 500;

    public static StripeException Timeout(TimeSpan after, Exception innerException)
        => new($"Stripe did not answer within {after.TotalSeconds:0.###} s.", null, null, "timeout", null, null, null, innerException);

    public static StripeException Unreachable(Exception innerException)
        => new($"Stripe could not be reached: {innerException?.Message}", null, null, "connection_error", null, null, null, innerException);

    /// <summary>The error object of a Stripe error answer (<c>{"error": {"type", "code", "decline_code", "message", "param", "payment_intent"}}</c>).</summary>
    public static StripeException FromResponse(HttpStatusCode status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var paymentIntent = error.TryGetProperty("payment_intent", out var intent) && intent.ValueKind == JsonValueKind.Object ? StripeJson.String(intent, "id") : null;
                return new(
                    StripeJson.String(error, "message") ?? $"Stripe answered {(int)status}.",
                    status,
                    StripeJson.String(error, "type"),
                    StripeJson.String(error, "code"),
                    StripeJson.String(error, "decline_code"),
                    StripeJson.String(error, "param"),
                    paymentIntent);
            }
        }
        catch (JsonException)
        {
            // Not Stripe's JSON (a proxy's error page, say): described by the status below.
        }

        return new($"Stripe answered {(int)status} {status} without an error object.", status, (int)status >= 500 ? "api_error" : null, null, null, null, null);
    }
}
