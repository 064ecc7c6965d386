namespace ECommerce.ServiceDefaults.Tests;

/// <summary>How often <see cref="WarmupQuery.Count"/> ran.</summary>
public sealed class WarmupCalls
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public int Increment() => Interlocked.Increment(ref _count);
}
