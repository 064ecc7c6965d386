namespace ECommerce.Payments.Providers;

public enum ProviderChargeOutcome
{
    Succeeded,
    Processing,
    Declined,

    /// <summary>The payment method does not exist or cannot be used with this provider; nothing was charged.</summary>
    InvalidPaymentMethod,
}
