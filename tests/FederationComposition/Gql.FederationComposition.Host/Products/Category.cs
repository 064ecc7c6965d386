using Gql.Federation;

namespace Gql.FederationComposition.Host.Products;

/// <summary>A category is a Relay node: <c>node(id:)</c> loads it through <see cref="GetById"/> (which is not a field).</summary>
[Node]
public sealed record Category(int Id, string Name)
{
    [NodeResolver]
    public static Category? GetById(int id, ProductCatalog catalog) => catalog.Categories.GetValueOrDefault(id);
}
