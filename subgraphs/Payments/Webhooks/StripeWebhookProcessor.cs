using System.Text.Json;
using ECommerce.Payments.Infrastructure;
using ECommerce.Payments.Model;
using ECommerce.Payments.Providers;
using ECommerce.Payments.Providers.Stripe;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Payments.Webhooks;

/// <summary>
/// Applies verified Stripe events to payments: <c>payment_intent.succeeded</c>, <c>payment_intent.payment_failed</c>
/// and <c>charge.refunded</c>. The event id is recorded in the same transaction as the change, so a redelivered event
/// is handled once, and an event whose handling failed is not recorded (Stripe delivers it again).
/// </summary>
public sealed class StripeWebhookProcessor(PaymentsContext context, TimeProvider time)
{
    public async Task<WebhookOutcome> ProcessAsync(string eventId, string eventType, JsonElement dataObject, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = DatabaseClock.Now(time);
        var recorded = await context.Database.ExecuteSqlAsync(
            $"INSERT INTO webhook_events (id, type, received_at) VALUES ({eventId}, {eventType}, {now}) ON CONFLICT (id) DO NOTHING",
            cancellationToken);
        if (recorded == 0)
        {
            return WebhookOutcome.Duplicate;
        }

        var payment = eventType switch
        {
            "payment_intent.succeeded" or "payment_intent.payment_failed" => await FindAsync(StripeJson.String(dataObject, "id"), null, cancellationToken),
            "charge.refunded" => await FindAsync(StripeJson.Id(dataObject, "payment_intent"), StripeJson.String(dataObject, "id"), cancellationToken),
            _ => null,
        };
        var changed = payment is not null && eventType switch
        {
            "payment_intent.succeeded" => Succeeded(payment, StripePaymentIntent.From(dataObject)),
            "payment_intent.payment_failed" => Failed(payment, StripePaymentIntent.From(dataObject)),
            _ => Refunded(payment, dataObject, now),
        };
        if (changed)
        {
            payment!.UpdatedAt = now;
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed ? WebhookOutcome.Applied : WebhookOutcome.Ignored;
    }

    /// <summary>The payment of a PaymentIntent (or charge), locked against a refund or charge of its order running at the same time.</summary>
    private async Task<PaymentRecord?> FindAsync(string? paymentIntentId, string? chargeId, CancellationToken cancellationToken)
    {
        if (paymentIntentId is null && chargeId is null)
        {
            return null;
        }

        var orderId = await context.Payments
            .Where(p => (paymentIntentId != null && p.ProviderReference == paymentIntentId) || (chargeId != null && p.ProviderChargeReference == chargeId))
            .Select(p => (Guid?)p.OrderId)
            .FirstOrDefaultAsync(cancellationToken);
        if (orderId is null)
        {
            return null;
        }

        await OrderLock.AcquireAsync(context, orderId.Value, cancellationToken);
        return await context.Payments.Include(p => p.Refunds)
            .FirstAsync(p => (paymentIntentId != null && p.ProviderReference == paymentIntentId) || (chargeId != null && p.ProviderChargeReference == chargeId), cancellationToken);
    }

    private static bool Succeeded(PaymentRecord payment, StripePaymentIntent intent)
    {
        if (payment.Status is not (PaymentStatuses.Processing or PaymentStatuses.Failed))
        {
            return false;
        }

        payment.Status = PaymentStatuses.Succeeded;
        payment.ProviderChargeReference = intent.LatestCharge ?? payment.ProviderChargeReference;
        payment.FailureCode = null;
        payment.FailureMessage = null;
        return true;
    }

    private static bool Failed(PaymentRecord payment, StripePaymentIntent intent)
    {
        // A late failure of an earlier attempt never undoes a payment that succeeded.
        if (payment.Status != PaymentStatuses.Processing)
        {
            return false;
        }

        var outcome = StripePaymentProvider.FromIntent(intent);
        payment.Status = PaymentStatuses.Failed;
        payment.FailureCode = outcome.FailureCode;
        payment.FailureMessage = outcome.Message;
        return true;
    }

    /// <summary>Refunds made outside this service (the Stripe dashboard) are added; the total refunded follows the charge's.</summary>
    private static bool Refunded(PaymentRecord payment, JsonElement charge, DateTimeOffset now)
    {
        if (!PaymentStatuses.IsRefundable(payment.Status) && payment.Status != PaymentStatuses.Refunded)
        {
            return false;
        }

        var changed = false;
        var refunds = StripeJson.Object(charge, "refunds");
        if (refunds.ValueKind == JsonValueKind.Object && refunds.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var refund in data.EnumerateArray().Select(StripeRefund.From))
            {
                if (payment.Refunds.Any(r => r.ProviderReference == refund.Id))
                {
                    continue;
                }

                payment.Refunds.Add(new RefundRecord
                {
                    Id = Guid.CreateVersion7(now),
                    PaymentId = payment.Id,
                    Amount = Money.FromMinorUnits(refund.Amount, payment.Currency),
                    Status = refund.Status == "succeeded" ? RefundStatuses.Succeeded : RefundStatuses.Pending,
                    ProviderReference = refund.Id,
                    IdempotencyKey = "stripe:" + refund.Id,
                    CreatedAt = now,
                });
                changed = true;
            }
        }

        var refunded = Money.FromMinorUnits(StripeJson.Long(charge, "amount_refunded"), payment.Currency);
        if (refunded > payment.AmountRefunded)
        {
            payment.AmountRefunded = Math.Min(refunded, payment.Amount);
            payment.Status = PaymentStatuses.AfterRefunds(payment.Amount, payment.AmountRefunded);
            changed = true;
        }

        return changed;
    }
}
