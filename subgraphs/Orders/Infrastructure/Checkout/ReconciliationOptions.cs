namespace ECommerce.Orders.Infrastructure.Checkout;

/// <summary>Configuration section <c>Orders:Reconciliation</c>: the job that settles checkouts a crash left PENDING.</summary>
public sealed class ReconciliationOptions
{
    public const string SectionName = "Orders:Reconciliation";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for interrupted checkouts.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How old a PENDING order must be before the job settles it. Well above the longest checkout
    /// (three service calls with their retries), so the job never races a checkout that is still running.
    /// </summary>
    public TimeSpan PendingAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Orders settled per run, oldest first.</summary>
    public int BatchSize { get; set; } = 50;
}
