using Gql.Federation;
using Gql.Types;

namespace Gql.Benchmarks.Subgraphs.Reviews;

/// <summary>A review of a product. As in the original, every review's author is user 1 ("urigo").</summary>
[Key("id")]
public sealed record Review([property: ID] string Id, string? Body, [property: GraphQLIgnore] string ProductUpc)
{
    public ReviewedProduct? GetProduct() => new(ProductUpc);

    /// <summary>The author with the username this subgraph knows, so gateways need not ask accounts for it.</summary>
    [Provides("username")]
    public ReviewAuthor? GetAuthor() => ReviewsData.Author;
}
