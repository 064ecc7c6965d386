namespace Gql.CodeFirst.Tests;

public sealed record AddBookInput(string Title, int AuthorId, Genre Genre = Genre.Fantasy, IReadOnlyList<string>? Tags = null)
{
    public string? Isbn { get; init; }
}
