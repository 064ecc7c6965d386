using Gql.Federation;

namespace Gql.Benchmarks.Subgraphs.Products;

/// <summary>The owner of <c>Product</c>: name, price (in cents) and weight.</summary>
[Key("upc")]
public sealed record Product(string Upc, string? Name, int? Price, int? Weight);
