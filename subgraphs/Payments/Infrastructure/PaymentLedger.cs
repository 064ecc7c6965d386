using ECommerce.Payments.Model;
using ECommerce.Payments.Providers;
using ECommerce.Payments.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ECommerce.Payments.Infrastructure;

/// <summary>
/// Charges and refunds, each exactly once per idempotency key. Every operation on an order runs in one transaction
/// holding a PostgreSQL advisory lock on the order, so concurrent requests for the same order queue up and a repeat
/// finds the first outcome; the unique indexes on the idempotency keys hold even across orders. The provider is
/// called inside the transaction: if it fails or the process dies, nothing is stored and a retry with the same key
/// reaches the provider again with the same Idempotency-Key (Stripe answers such a repeat with the first result).
/// </summary>
public sealed class PaymentLedger(PaymentsContext context, IPaymentProvider provider, TimeProvider time)
{
    public async Task<ChargePaymentPayload> ChargeAsync(ChargeCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await OrderLock.AcquireAsync(context, command.OrderId, cancellationToken);
        if (await FindPaymentByKeyAsync(command.IdempotencyKey, cancellationToken) is { } existing)
        {
            await transaction.CommitAsync(cancellationToken);
            return Replay(existing, command);
        }

        if (await context.Payments.AnyAsync(p => p.OrderId == command.OrderId && p.Status != PaymentStatuses.Failed, cancellationToken))
        {
            return new ChargePaymentPayload(null, [new InvalidInputError("orderId", "This order already has a payment that succeeded or is being processed.")]);
        }

        var now = DatabaseClock.Now(time);
        var payment = new PaymentRecord
        {
            Id = Guid.CreateVersion7(now),
            OrderId = command.OrderId,
            UserId = command.UserId,
            Amount = command.Amount,
            Currency = command.Currency,
            Status = PaymentStatuses.Processing,
            Provider = provider.Name,
            PaymentMethod = TestCards.Describe(command.PaymentMethod),
            IdempotencyKey = command.IdempotencyKey,
            CreatedAt = now,
            UpdatedAt = now,
        };

        ProviderChargeResult result;
        try
        {
            result = await provider.ChargeAsync(
                new ProviderChargeRequest(payment.Id, payment.OrderId, command.AmountMinor, command.Currency, command.PaymentMethod, command.IdempotencyKey),
                cancellationToken);
        }
        catch (PaymentProviderException ex)
        {
            return new ChargePaymentPayload(null, [new PaymentProviderError(ex.Message, ex.Retryable)]);
        }

        if (result.Outcome == ProviderChargeOutcome.InvalidPaymentMethod)
        {
            return new ChargePaymentPayload(null, [new InvalidInputError("paymentMethod", result.Message ?? "This payment method cannot be used.")]);
        }

        payment.ProviderReference = result.Reference;
        payment.ProviderChargeReference = result.ChargeReference;
        payment.Status = result.Outcome switch
        {
            ProviderChargeOutcome.Succeeded => PaymentStatuses.Succeeded,
            ProviderChargeOutcome.Processing => PaymentStatuses.Processing,
            _ => PaymentStatuses.Failed,
        };
        payment.FailureCode = result.FailureCode;
        payment.FailureMessage = result.Message;
        context.Payments.Add(payment);
        if (!await CommitUnlessKeyTakenAsync(transaction, cancellationToken))
        {
            return Replay(await FindPaymentByKeyAsync(command.IdempotencyKey, cancellationToken) ?? throw new InvalidOperationException("The conflicting payment vanished."), command);
        }

        return Outcome(payment);
    }

    public async Task<RefundPaymentPayload> RefundAsync(RefundCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await OrderLock.AcquireAsync(context, command.OrderId, cancellationToken);
        var existing = await context.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.IdempotencyKey == command.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            var refunded = await context.Payments.AsNoTracking().Include(p => p.Refunds).FirstAsync(p => p.Id == existing.PaymentId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return refunded.OrderId == command.OrderId
                ? new RefundPaymentPayload(Payment.From(refunded), Refund.From(existing, refunded.Currency), null)
                : new RefundPaymentPayload(null, null, [new InvalidInputError("idempotencyKey", "This idempotency key was used for a refund of another order.")]);
        }

        var payment = await context.Payments.Include(p => p.Refunds)
            .Where(p => p.OrderId == command.OrderId && (p.Status == PaymentStatuses.Succeeded || p.Status == PaymentStatuses.PartiallyRefunded || p.Status == PaymentStatuses.Refunded))
            .OrderByDescending(p => p.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (payment is null)
        {
            return new RefundPaymentPayload(null, null, [new PaymentNotFoundError(command.OrderId.ToString())]);
        }

        var refundable = payment.Amount - payment.AmountRefunded;
        var amount = command.Amount ?? refundable;
        if (!Money.TryToMinorUnits(amount, payment.Currency, out var amountMinor))
        {
            return new RefundPaymentPayload(null, null, [new InvalidInputError("amount", $"{payment.Currency} amounts have at most {Money.DecimalPlaces(payment.Currency)} decimal places.")]);
        }

        if (amount > refundable || refundable <= 0)
        {
            return new RefundPaymentPayload(null, null, [new RefundExceedsPaymentError(amount, refundable)]);
        }

        var now = DatabaseClock.Now(time);
        var refund = new RefundRecord
        {
            Id = Guid.CreateVersion7(now),
            PaymentId = payment.Id,
            Amount = amount,
            Status = RefundStatuses.Pending,
            IdempotencyKey = command.IdempotencyKey,
            CreatedAt = now,
        };
        ProviderRefundResult result;
        try
        {
            result = await provider.RefundAsync(
                new ProviderRefundRequest(refund.Id, payment.ProviderReference, payment.ProviderChargeReference, amountMinor, payment.Currency, command.IdempotencyKey),
                cancellationToken);
        }
        catch (PaymentProviderException ex)
        {
            return new RefundPaymentPayload(null, null, [new PaymentProviderError(ex.Message, ex.Retryable)]);
        }

        refund.ProviderReference = result.Reference;
        refund.Status = result.Succeeded ? RefundStatuses.Succeeded : RefundStatuses.Pending;
        payment.Refunds.Add(refund);
        payment.AmountRefunded += amount;
        payment.Status = PaymentStatuses.AfterRefunds(payment.Amount, payment.AmountRefunded);
        payment.UpdatedAt = now;
        if (!await CommitUnlessKeyTakenAsync(transaction, cancellationToken))
        {
            return new RefundPaymentPayload(null, null, [new InvalidInputError("idempotencyKey", "This idempotency key was used for a refund of another order.")]);
        }

        return new RefundPaymentPayload(Payment.From(payment), Refund.From(refund, payment.Currency), null);
    }

    /// <summary>
    /// Saves and commits; false (rolled back) when the idempotency key was stored at the same moment by a request for
    /// another order, whose lock this one did not hold (the unique index decides).
    /// </summary>
    private async Task<bool> CommitUnlessKeyTakenAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await transaction.RollbackAsync(cancellationToken);
            context.ChangeTracker.Clear();
            return false;
        }
    }

    private Task<PaymentRecord?> FindPaymentByKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
        => context.Payments.AsNoTracking().Include(p => p.Refunds).FirstOrDefaultAsync(p => p.IdempotencyKey == idempotencyKey, cancellationToken);

    /// <summary>The first outcome of this key, when the repeat asks for the same charge.</summary>
    private static ChargePaymentPayload Replay(PaymentRecord existing, ChargeCommand command)
        => existing.OrderId == command.OrderId && existing.UserId == command.UserId && existing.Amount == command.Amount && existing.Currency == command.Currency
            ? Outcome(existing)
            : new ChargePaymentPayload(null, [new InvalidInputError("idempotencyKey", "This idempotency key was used for a different charge (order, user, amount or currency).")]);

    private static ChargePaymentPayload Outcome(PaymentRecord payment)
        => payment.Status == PaymentStatuses.Failed
            ? new ChargePaymentPayload(Payment.From(payment), [new PaymentDeclinedError(payment.FailureCode ?? TestCards.CardDeclined, payment.FailureMessage ?? TestCards.DeclinedMessage)])
            : new ChargePaymentPayload(Payment.From(payment), null);
}
