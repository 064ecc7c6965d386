using ECommerce.Products.Model;

namespace ECommerce.Products.Types;

public sealed record UpdateProductPayload(Product? Product, IReadOnlyList<IUpdateProductError>? Errors);
