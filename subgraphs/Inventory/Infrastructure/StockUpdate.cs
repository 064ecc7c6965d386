using ECommerce.Inventory.Types;

namespace ECommerce.Inventory.Infrastructure;

/// <summary>An admin's stock change: <see cref="Applied"/> with the new level, or refused with the level as it stands.</summary>
public sealed record StockUpdate(bool Applied, InventoryLevel Level);
