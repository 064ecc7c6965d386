namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>Inventory could not reserve <see cref="Requested"/> units of a product; <see cref="Available"/> are free.</summary>
public sealed record StockShortage(Guid ProductId, int Requested, int Available);
