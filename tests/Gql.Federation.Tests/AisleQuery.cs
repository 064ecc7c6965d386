namespace Gql.Federation.Tests;

public sealed class AisleQuery
{
    public Aisle FirstAisle() => new("A1");
}
