namespace Gql.AspNetCore.Tests;

/// <summary>The mutation root of <see cref="TransportServerFixture"/>.</summary>
public sealed class TransportMutation
{
    public int Increment([Gql.Types.Service] Counter counter) => counter.Increment();
}
