namespace Gql.Federation.Tests;

/// <summary>A node keyed by a field other than <c>id</c>.</summary>
[Node(IdField = "code")]
public sealed record Aisle(string Code)
{
    [NodeResolver]
    internal static Aisle Load(string code) => new(code);
}
