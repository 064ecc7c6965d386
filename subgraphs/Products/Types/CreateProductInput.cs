using Gql.Types;

namespace ECommerce.Products.Types;

/// <summary>A new product; its price is in EUR (the shop's currency).</summary>
public sealed record CreateProductInput(
    string Sku,
    string Name,
    string Description,
    decimal Price,
    [property: ID] string CategoryId,
    string? ImageUrl = null);
