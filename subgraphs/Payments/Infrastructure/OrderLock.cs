using Microsoft.EntityFrameworkCore;

namespace ECommerce.Payments.Infrastructure;

/// <summary>
/// A PostgreSQL transaction-level advisory lock per order: charges, refunds and webhook updates of one order wait for
/// each other (so a repeat sees the first outcome); released at commit or rollback.
/// </summary>
public static class OrderLock
{
    public static Task AcquireAsync(PaymentsContext context, Guid orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({orderId.ToString()}, 0))", cancellationToken);
    }
}
