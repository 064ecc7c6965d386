namespace ECommerce.Payments.Infrastructure;

/// <summary>Times as PostgreSQL keeps them (microseconds), so a value returned before and after a reload is the same.</summary>
public static class DatabaseClock
{
    public static DateTimeOffset Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMicrosecond)));
    }
}
