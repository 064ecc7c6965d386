using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

/// <summary>The inventory subgraph adds stock and a shipping estimate that needs the product's price and weight.</summary>
[Key("upc")]
[GraphQLName("Product")]
public sealed record StockedProduct(string Upc)
{
    [External]
    public int Price { get; init; }

    [External]
    public int Weight { get; init; }

    /// <summary>Every third product is out of stock.</summary>
    public bool? InStock => int.Parse(Upc.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % 3 != 0;

    /// <summary>Fails for p2, so tests see a subgraph's field error at the gateway's path.</summary>
    public string? GetWarehouse() => Upc == "p2" ? throw new InvalidOperationException("The warehouse of p2 is closed.") : "W-" + Upc;

    /// <summary>Free above 1000, else half the weight; null when the gateway did not send the required values.</summary>
    public int? GetShippingEstimate([Require("price")] int? price, [Require("weight")] int? weight)
        => price is null || weight is null ? null : price > 1000 ? 0 : weight / 2;
}
