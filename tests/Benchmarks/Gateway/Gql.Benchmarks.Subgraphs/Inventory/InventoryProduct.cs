using Gql.Federation;
using Gql.Types;

namespace Gql.Benchmarks.Subgraphs.Inventory;

/// <summary>
/// The inventory's view of a product: whether it is in stock, and a shipping estimate computed from
/// the price and weight that the products subgraph owns (the gateway fetches them first and sends them).
/// </summary>
[Key("upc")]
[GraphQLName("Product")]
public sealed record InventoryProduct(string Upc, bool? InStock)
{
    private const int FreeShippingAbovePrice = 1000;

    [External]
    public int? Weight { get; init; }

    [External]
    public int? Price { get; init; }

    /// <summary>Free above a price of 1000, else half the weight; null without a price (the original's rule).</summary>
    public int? ShippingEstimate([Require("price")] int? price, [Require("weight")] int? weight) => price switch
    {
        null => null,
        > FreeShippingAbovePrice => 0,
        _ => weight / 2,
    };
}
