namespace Gql.Federation.Tests.InternalOnly;

public sealed class LedgerQuery
{
    public int Balance() => 42;
}
