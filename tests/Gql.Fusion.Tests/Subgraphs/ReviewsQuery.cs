using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

public sealed class ReviewsQuery
{
    [Lookup]
    [Internal]
    public ReviewAuthor? GetUserById([ID] string id) => new(id);

    [Lookup]
    [Internal]
    public ReviewedProduct? GetProductByUpc(string upc) => new(upc);
}
