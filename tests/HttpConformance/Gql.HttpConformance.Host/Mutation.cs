namespace Gql.HttpConformance.Host;

/// <summary>The mutation root of the audit server (mutations over GET must be refused).</summary>
public sealed class Mutation
{
    private static int _counter;

    public int Increment() => Interlocked.Increment(ref _counter);
}
