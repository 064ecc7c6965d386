namespace Gql.DataLoader.Tests;

/// <summary>A grouped loader: author id to the titles of the author's books.</summary>
public sealed class BooksByAuthorLoader(DataLoaderScope scope) : GroupedDataLoader<int, string>(scope)
{
    private static readonly (int AuthorId, string Title)[] Books = [(1, "Emma"), (1, "Persuasion"), (2, "Dune")];

    public List<int[]> Calls { get; } = [];

    protected override Task<ILookup<int, string>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        Calls.Add([.. keys]);
        return Task.FromResult(Books.Where(book => keys.Contains(book.AuthorId)).ToLookup(book => book.AuthorId, book => book.Title));
    }
}
