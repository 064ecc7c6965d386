using Gql.Types;

namespace Gql.Federation.Tests.Library;

[Service]
public sealed class BookShelf
{
    private readonly Dictionary<string, Book> _books = new(StringComparer.Ordinal)
    {
        ["978-0441013593"] = new("978-0441013593", "Dune"),
        ["978-0553293357"] = new("978-0553293357", "Foundation"),
    };

    public IReadOnlyList<Book> All => [.. _books.Values];

    public Book? Find(string isbn) => _books.GetValueOrDefault(isbn);
}
