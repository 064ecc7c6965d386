namespace ECommerce.Inventory.Types;

/// <summary>The product with its new stock, or why the stock was not changed.</summary>
public sealed record AdjustStockPayload(Product? Product, IReadOnlyList<IAdjustStockError>? Errors);
