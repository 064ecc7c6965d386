using System.Text.Json;

namespace ECommerce.Payments.Providers.Stripe;

/// <summary>The fields of a Stripe PaymentIntent this service reads (amounts in the currency's minor unit, currency lower case).</summary>
public sealed record StripePaymentIntent(
    string Id,
    string Status,
    long Amount,
    string Currency,
    string? LatestCharge,
    string? LastErrorCode,
    string? LastErrorDeclineCode,
    string? LastErrorMessage)
{
    public const string Succeeded = "succeeded";
    public const string Processing = "processing";
    public const string RequiresAction = "requires_action";
    public const string RequiresConfirmation = "requires_confirmation";
    public const string RequiresPaymentMethod = "requires_payment_method";
    public const string Canceled = "canceled";

    public static StripePaymentIntent From(JsonElement intent)
    {
        var error = StripeJson.Object(intent, "last_payment_error");
        return new(
            StripeJson.String(intent, "id") ?? throw new StripeException("Stripe returned a PaymentIntent without an id."),
            StripeJson.String(intent, "status") ?? "",
            StripeJson.Long(intent, "amount"),
            StripeJson.String(intent, "currency") ?? "",
            StripeJson.Id(intent, "latest_charge"),
            StripeJson.String(error, "code"),
            StripeJson.String(error, "decline_code"),
            StripeJson.String(error, "message"));
    }
}
