using ECommerce.Products.Model;

namespace ECommerce.Products.Types;

public sealed record CreateProductPayload(Product? Product, IReadOnlyList<ICreateProductError>? Errors);
