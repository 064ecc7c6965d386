namespace ECommerce.Payments.Providers;

/// <summary>What the provider decided. <see cref="FailureCode"/> and <see cref="Message"/> explain a decline or an invalid payment method.</summary>
public sealed record ProviderChargeResult(
    ProviderChargeOutcome Outcome,
    string? Reference = null,
    string? ChargeReference = null,
    string? FailureCode = null,
    string? Message = null)
{
    public static ProviderChargeResult Declined(string failureCode, string message, string? reference = null)
        => new(ProviderChargeOutcome.Declined, reference, null, failureCode, message);

    public static ProviderChargeResult InvalidPaymentMethod(string message) => new(ProviderChargeOutcome.InvalidPaymentMethod, Message: message);
}
