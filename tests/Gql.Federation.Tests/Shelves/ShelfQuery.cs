namespace Gql.Federation.Tests.Shelves;

public sealed class ShelfQuery
{
    public Shelf FirstShelf() => new(1, "shelf 1");
}
