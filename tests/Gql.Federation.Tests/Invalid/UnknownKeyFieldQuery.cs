namespace Gql.Federation.Tests.Invalid;

public sealed class UnknownKeyFieldQuery
{
    public UnknownKeyField? Item() => null;
}
