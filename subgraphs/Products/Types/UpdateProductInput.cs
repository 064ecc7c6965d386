using Gql.Types;

namespace ECommerce.Products.Types;

/// <summary>Fields left out (or null) stay as they are; <c>imageUrl: ""</c> removes the image.</summary>
public sealed record UpdateProductInput(
    [property: ID] string Id,
    string? Sku = null,
    string? Name = null,
    string? Description = null,
    decimal? Price = null,
    [property: ID] string? CategoryId = null,
    string? ImageUrl = null);
