namespace ECommerce.Inventory.Types;

/// <summary>The reservation (every line reserved), or why nothing was reserved.</summary>
public sealed record ReserveStockPayload(Reservation? Reservation, IReadOnlyList<IReserveStockError>? Errors);
