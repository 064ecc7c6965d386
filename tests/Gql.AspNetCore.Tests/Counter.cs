namespace Gql.AspNetCore.Tests;

/// <summary>A singleton the mutation changes; tells whether a mutation ran.</summary>
public sealed class Counter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public int Increment() => Interlocked.Increment(ref _value);
}
