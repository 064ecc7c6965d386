namespace Gql.CodeFirst.Tests;

public sealed class Author : ISearchResult, INamedItem
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];
}
