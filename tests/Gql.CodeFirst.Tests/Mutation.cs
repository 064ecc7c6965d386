using Gql.Types;

namespace Gql.CodeFirst.Tests;

public sealed class Mutation
{
    public Book AddBook(AddBookInput input, [Service] Library library)
    {
        var book = new Book((library.Books.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), input.Title, input.Genre, input.AuthorId) { Isbn = input.Isbn };
        library.Books.Add(book);
        library.Publish(book);
        return book;
    }

    public int Rename(BookSelector selector, string title, [Service] Library library)
    {
        var matches = library.Books.Where(b => b.Id == selector.Id || b.Title == selector.Title).ToList();
        foreach (var book in matches)
        {
            library.Books[library.Books.IndexOf(book)] = book with { Title = title };
        }

        return matches.Count;
    }
}
