namespace ECommerce.Payments.Providers;

/// <summary>
/// Takes and gives back money. Expected outcomes (succeeded, declined, an unknown payment method) are results;
/// a provider that cannot be asked or answers with an error throws <see cref="PaymentProviderException"/>.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The provider's name as <c>Payment.provider</c> shows it.</summary>
    string Name { get; }

    Task<ProviderChargeResult> ChargeAsync(ProviderChargeRequest request, CancellationToken cancellationToken);

    Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken);
}
