using Microsoft.Extensions.Options;

namespace ECommerce.Payments.Providers.Stripe;

/// <summary>
/// Charges through Stripe PaymentIntents, created and confirmed in one request (<c>confirm=true</c> with the payment
/// method), and refunds the PaymentIntent's charge (or the PaymentIntent, when Stripe named no charge). The idempotency key of the mutation is Stripe's Idempotency-Key.
/// With a test-mode key, Stripe's test card numbers are sent as their test PaymentMethod ids.
/// </summary>
public sealed class StripePaymentProvider(StripeClient client, IOptions<StripeOptions> options) : IPaymentProvider
{
    public const string ProviderName = "stripe";

    public string Name => ProviderName;

    public async Task<ProviderChargeResult> ChargeAsync(ProviderChargeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (PaymentMethodId(request.PaymentMethod) is not { } paymentMethod)
        {
            return ProviderChargeResult.InvalidPaymentMethod(options.Value.IsTestMode
                ? "Give a Stripe PaymentMethod id (pm_...) or one of Stripe's test card numbers."
                : "Give a Stripe PaymentMethod id (pm_...); card numbers are not sent to Stripe.");
        }

        var metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId.ToString(), ["payment_id"] = request.PaymentId.ToString() };
        try
        {
            var intent = await client.CreatePaymentIntentAsync(
                new StripePaymentIntentCreate(request.AmountMinor, request.Currency, paymentMethod, Confirm: true, metadata), request.IdempotencyKey, cancellationToken);
            if (intent.Status == StripePaymentIntent.RequiresConfirmation)
            {
                // Stripe confirms at creation (confirm=true); a Stripe-compatible server that left it unconfirmed is asked explicitly.
                intent = await client.ConfirmPaymentIntentAsync(intent.Id, paymentMethod, request.IdempotencyKey + ":confirm", cancellationToken);
            }

            return FromIntent(intent);
        }
        catch (StripeException ex) when (ex.IsCardError)
        {
            return ProviderChargeResult.Declined(ex.DeclineCode ?? ex.Code ?? TestCards.CardDeclined, ex.Message, ex.PaymentIntentId);
        }
        catch (StripeException ex) when (ex.Code == "resource_missing" && ex.Param == "payment_method")
        {
            return ProviderChargeResult.InvalidPaymentMethod(ex.Message);
        }
        catch (StripeException ex)
        {
            throw new PaymentProviderException(ex.Message, ex.IsRetryable, ex);
        }
    }

    public async Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var refund = await client.CreateRefundAsync(
                new StripeRefundCreate(request.ChargeReference, request.PaymentReference, request.AmountMinor, new Dictionary<string, string> { ["refund_id"] = request.RefundId.ToString() }),
                request.IdempotencyKey,
                cancellationToken);
            return new ProviderRefundResult(refund.Id, refund.Status == "succeeded");
        }
        catch (StripeException ex)
        {
            throw new PaymentProviderException(ex.Message, ex.IsRetryable, ex);
        }
    }

    /// <summary>A PaymentIntent's state as the outcome of a charge.</summary>
    public static ProviderChargeResult FromIntent(StripePaymentIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return intent.Status switch
        {
            StripePaymentIntent.Succeeded => new ProviderChargeResult(ProviderChargeOutcome.Succeeded, intent.Id, intent.LatestCharge),
            StripePaymentIntent.Processing => new ProviderChargeResult(ProviderChargeOutcome.Processing, intent.Id, intent.LatestCharge),
            StripePaymentIntent.RequiresAction => ProviderChargeResult.Declined(TestCards.AuthenticationRequired, TestCards.Find("pm_card_authenticationRequired")!.Message!, intent.Id),
            _ => ProviderChargeResult.Declined(
                intent.LastErrorDeclineCode ?? intent.LastErrorCode ?? intent.Status,
                intent.LastErrorMessage ?? $"The payment ended as {intent.Status}.",
                intent.Id),
        };
    }

    private string? PaymentMethodId(string paymentMethod)
    {
        if (TestCards.IsPaymentMethodId(paymentMethod))
        {
            return paymentMethod;
        }

        return options.Value.IsTestMode && TestCards.Find(paymentMethod) is { } card ? card.PaymentMethodIds[0] : null;
    }
}
