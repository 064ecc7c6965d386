using Gql.Federation;
using Gql.Types;

namespace Gql.Benchmarks.Subgraphs.Reviews;

/// <summary>The reviews subgraph's view of a user: the reviews it wrote (the first two reviews for every user, as in the original).</summary>
[Key("id")]
[GraphQLName("User")]
public sealed record ReviewAuthor([property: ID] string Id)
{
    /// <summary>Owned by accounts; this subgraph knows it only for review authors (<c>@provides</c>).</summary>
    [External]
    public string? Username { get; init; }

    public IReadOnlyList<Review?>? GetReviews() => ReviewsData.ByAnyAuthor;
}
