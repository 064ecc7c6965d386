using Gql.Types;

namespace Gql.CodeFirst.Tests;

[GraphQLDescription("A book in the library.")]
public sealed record Book([property: ID] string Id, string Title, Genre Genre, int AuthorId, string? Subtitle = null) : ISearchResult, INamedItem
{
    public string Name => Title;

    [GraphQLName("isbn13")]
    public string? Isbn { get; init; }
}
