using Gql.Federation;

namespace Gql.FederationComposition.Host.Products;

/// <summary>A category is a Relay node: <c>node(id:)</c> loads it through <see cref="GetById"/>.</summary>
[Node]
public sealed record Category(int Id, string Name)
{
    [NodeResolver]
    internal static Category? GetById(int id, ProductCatalog catalog) => catalog.Categories.GetValueOrDefault(id);
}
