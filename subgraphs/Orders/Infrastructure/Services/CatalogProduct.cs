namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>What Orders copies from Products into an order item at checkout.</summary>
public sealed record CatalogProduct(Guid Id, string Sku, string Name, decimal Price, string Currency);
