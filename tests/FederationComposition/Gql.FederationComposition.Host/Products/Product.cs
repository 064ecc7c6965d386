using Gql.Federation;
using Gql.Types;

namespace Gql.FederationComposition.Host.Products;

/// <summary>The Products subgraph owns the product: its name, price, weight and category.</summary>
[Key("id")]
public sealed record Product([property: ID] int Id, string Name, int Price, int Weight, [property: GraphQLIgnore] int CategoryId)
{
    public Category? GetCategory(ProductCatalog catalog) => catalog.Categories.GetValueOrDefault(CategoryId);
}
