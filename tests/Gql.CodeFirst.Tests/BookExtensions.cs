using Gql.Types;

namespace Gql.CodeFirst.Tests;

[ExtendObjectType(typeof(Book))]
public sealed class BookExtensions
{
    public Author? GetAuthor([Parent] Book book, [Service] Library library) => library.Authors.FirstOrDefault(a => a.Id == book.AuthorId);

    public string Shout([Parent] Book book, string suffix = "!") => book.Title.ToUpperInvariant() + suffix;
}
