namespace Gql.Federation.Tests.Shared;

/// <summary>A query whose <c>Dimensions</c> value type is declared without federation attributes (like Gql.Data's PageInfo).</summary>
public sealed class ShelfQuery
{
    public Dimensions ShelfSize() => new(120, 40);
}
