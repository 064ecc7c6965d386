namespace Gql.Federation.Tests.Invalid;

public sealed class BadKeySyntaxQuery
{
    public BadKeySyntax? Item() => null;
}
