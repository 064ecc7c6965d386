namespace ECommerce.Payments.Providers;

/// <summary>
/// The built-in provider (the default without a Stripe API key): Stripe's test cards and test PaymentMethod ids end as
/// they do in Stripe's test mode; another valid card number is declined as a live card (test_mode_live_card), a number
/// failing the Luhn check as incorrect_number, and an unknown PaymentMethod id is an invalid payment method.
/// </summary>
public sealed class TestPaymentProvider : IPaymentProvider
{
    public const string ProviderName = "test";

    public string Name => ProviderName;

    public Task<ProviderChargeResult> ChargeAsync(ProviderChargeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = "pi_test_" + request.PaymentId.ToString("N");
        return Task.FromResult(TestCards.Find(request.PaymentMethod) switch
        {
            { Succeeds: true } => new ProviderChargeResult(ProviderChargeOutcome.Succeeded, reference, "ch_test_" + request.PaymentId.ToString("N")),
            { } declined => ProviderChargeResult.Declined(declined.FailureCode!, declined.Message!, reference),
            null => Unknown(request.PaymentMethod, reference),
        });
    }

    public Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(new ProviderRefundResult("re_test_" + request.RefundId.ToString("N"), Succeeded: true));
    }

    private static ProviderChargeResult Unknown(string paymentMethod, string reference)
    {
        if (TestCards.IsPaymentMethodId(paymentMethod))
        {
            return ProviderChargeResult.InvalidPaymentMethod($"No such PaymentMethod: '{paymentMethod}'.");
        }

        var number = TestCards.CardNumber(paymentMethod);
        if (number.Length == 0)
        {
            return ProviderChargeResult.InvalidPaymentMethod("Give a card number or a PaymentMethod id (pm_...).");
        }

        return TestCards.PassesLuhn(number)
            ? ProviderChargeResult.Declined("test_mode_live_card", "Your card was declined. Your request was in test mode, but used a non test (live) card.", reference)
            : ProviderChargeResult.Declined("incorrect_number", "Your card number is incorrect.", reference);
    }
}
