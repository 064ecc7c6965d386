using System.Threading.Channels;

namespace Gql.CodeFirst.Tests;

/// <summary>The in-memory data the test resolvers read, registered as a service.</summary>
public sealed class Library
{
    public List<Book> Books { get; } =
    [
        new("1", "Dune", Genre.ScienceFiction, 1) { Isbn = "9780441013593" },
        new("2", "The Hobbit", Genre.Fantasy, 2, "There and Back Again"),
        new("3", "Foundation", Genre.ScienceFiction, 3),
    ];

    public List<Author> Authors { get; } =
    [
        new() { Id = 1, Name = "Frank Herbert" },
        new() { Id = 2, Name = "J. R. R. Tolkien", Aliases = ["Tollers"] },
        new() { Id = 3, Name = "Isaac Asimov" },
    ];

    public Channel<Book> Added { get; } = Channel.CreateUnbounded<Book>();

    public void Publish(Book book) => Added.Writer.TryWrite(book);
}
