namespace Gql.Federation.Tests.Library;

public sealed class LibraryQuery
{
    public IReadOnlyList<Book> Books(BookShelf shelf) => shelf.All;
}
