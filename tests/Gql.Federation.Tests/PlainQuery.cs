namespace Gql.Federation.Tests;

public sealed class PlainQuery
{
    public string Hello() => "world";
}
