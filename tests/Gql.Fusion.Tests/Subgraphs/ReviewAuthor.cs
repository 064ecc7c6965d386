using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

/// <summary>The reviews subgraph's view of a user: the key and the user's reviews.</summary>
[Key("id")]
[GraphQLName("User")]
public sealed record ReviewAuthor([property: ID] string Id)
{
    public IReadOnlyList<Review>? GetReviews(ReviewStore store) => store.ByAuthor(Id);
}
