using Gql.Types;

namespace ECommerce.Orders.Types;

/// <summary>A product among the most sold (by units) of a <see cref="SalesSummary"/>, with its name and SKU as last ordered.</summary>
public sealed record TopProduct([property: GraphQLIgnore] Guid ProductId, string ProductName, string Sku, int Quantity, decimal Revenue)
{
    public Product Product => new(ProductId.ToString());
}
