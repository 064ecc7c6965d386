using ECommerce.Payments.Model;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Payments.Infrastructure;

/// <summary>
/// The writes of a charge (a payment stored after the provider answered) and of a refund, for the
/// start-up warm-up; it runs in a transaction that is rolled back (<see cref="ServiceDefaults.Warmup.DatabaseWriteWarmupStep{TContext}"/>).
/// </summary>
public static class PaymentsWriteRehearsal
{
    public static async Task RunAsync(PaymentsContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = DateTimeOffset.UtcNow;
        var key = "warmup-" + Guid.NewGuid().ToString("N");
        var payment = new PaymentRecord
        {
            Id = Guid.CreateVersion7(now),
            OrderId = Guid.NewGuid(),
            UserId = Guid.NewGuid(),
            Amount = 1m,
            Currency = "EUR",
            Status = PaymentStatuses.Succeeded,
            Provider = "warmup",
            PaymentMethod = "-",
            IdempotencyKey = key,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        _ = await db.Payments.AsNoTracking().Include(p => p.Refunds).Where(p => p.IdempotencyKey == key).FirstOrDefaultAsync(cancellationToken);

        db.Refunds.Add(new RefundRecord { Id = Guid.CreateVersion7(now), PaymentId = payment.Id, Amount = 1m, Status = RefundStatuses.Pending, IdempotencyKey = key, CreatedAt = now });
        payment.AmountRefunded = 1m;
        payment.Status = PaymentStatuses.Refunded;
        await db.SaveChangesAsync(cancellationToken);
    }
}
