using Gql.Types;

namespace Gql.FederationComposition.Host.Reviews;

public sealed record Review([property: ID] int Id, string Body, int Stars, [property: GraphQLIgnore] int ProductId)
{
    /// <summary>A reference to the product by its key; the gateway fetches the rest from Products.</summary>
    public ReviewedProduct GetProduct() => new(ProductId);
}
