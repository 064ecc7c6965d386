namespace ECommerce.OrderWatch.Tests;

/// <summary>A clock that always says <paramref name="now"/>, so printed lines can be compared whole.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
