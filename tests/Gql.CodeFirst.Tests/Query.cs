using Gql.Types;

namespace Gql.CodeFirst.Tests;

[GraphQLDescription("The books query root.")]
public sealed class Query
{
    public Book? GetBook([ID] string id, [Service] Library library) => library.Books.FirstOrDefault(b => b.Id == id);

    public IReadOnlyList<Book> GetBooks([Service] Library library, Genre? genre = null, int first = 10)
        => library.Books.Where(b => genre is null || b.Genre == genre).Take(first).ToList();

    public async Task<Author?> GetAuthorAsync(int id, [Service] Library library, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return library.Authors.FirstOrDefault(a => a.Id == id);
    }

    public ISearchResult[] Search(string text, [Service] Library library)
        => [.. library.Books.Where(b => b.Title.Contains(text, StringComparison.OrdinalIgnoreCase)), .. library.Authors.Where(a => a.Name.Contains(text, StringComparison.OrdinalIgnoreCase))];

    public async IAsyncEnumerable<int> Countdown(int from)
    {
        for (var i = from; i > 0; i--)
        {
            await Task.Yield();
            yield return i;
        }
    }

    public decimal Price => 12.345678901234567890m;

    public DateOnly Today(DateOnly? date = null) => date ?? new DateOnly(2026, 1, 2);

    [GraphQLDeprecated("Use books.")]
    public int BookCount([Service] Library library) => library.Books.Count;

    [GraphQLIgnore]
    public string Hidden => "hidden";
}
