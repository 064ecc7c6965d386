namespace Gql.Federation.Tests.Library;

/// <summary>An entity resolved by a [ReferenceResolver] method instead of a lookup field.</summary>
[Key("isbn")]
public sealed record Book(string Isbn, string Title)
{
    [ReferenceResolver]
    public static Book? ResolveReference(string isbn, BookShelf shelf) => shelf.Find(isbn);
}
