namespace Gql.Federation.Tests.InternalOnly;

/// <summary>A mutation type only other services call: every field is <c>@internal</c>.</summary>
public sealed class LedgerMutation
{
    [Internal]
    public int Charge(int amount) => amount;
}
