using ECommerce.Products.Model;

namespace ECommerce.Products.Types;

/// <summary>The product as it was before it was deleted, or why nothing was deleted.</summary>
public sealed record DeleteProductPayload(Product? Product, IReadOnlyList<IDeleteProductError>? Errors);
