namespace ECommerce.Inventory.Types;

/// <summary>The product with its new stock, or why the stock was not changed.</summary>
public sealed record SetStockPayload(Product? Product, IReadOnlyList<ISetStockError>? Errors);
