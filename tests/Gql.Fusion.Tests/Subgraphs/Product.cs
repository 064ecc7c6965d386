using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

/// <summary>The products subgraph owns the catalog: name, price and weight.</summary>
[Key("upc")]
public sealed record Product(string Upc, string Name, int Price, int Weight);
