namespace ECommerce.Payments.Providers.Stripe;

/// <summary>Configuration section <c>Payments:Stripe</c>. Without an <see cref="ApiKey"/> the built-in test provider is used.</summary>
public sealed class StripeOptions
{
    public const string SectionName = "Payments:Stripe";

    /// <summary>The secret key (<c>sk_test_...</c> or <c>sk_live_...</c>).</summary>
    public string? ApiKey { get; set; }

    public Uri BaseUrl { get; set; } = new("https://api.stripe.com");

    /// <summary>The webhook endpoint's signing secret (<c>whsec_...</c>); without it <c>/webhooks/stripe</c> refuses every event.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How far a webhook's signed timestamp may be from now (Stripe's libraries use 5 minutes).</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one API request may take before it counts as a retryable provider error.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The <c>Stripe-Version</c> header: the API version whose object shapes this client reads.</summary>
    public string ApiVersion { get; set; } = "2024-06-20";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>Test-mode keys accept Stripe's test card numbers (turned into test PaymentMethod ids).</summary>
    public bool IsTestMode => ApiKey?.StartsWith("sk_test_", StringComparison.Ordinal) == true || ApiKey?.StartsWith("rk_test_", StringComparison.Ordinal) == true;
}
