namespace ECommerce.Inventory.Types;

/// <summary>The reservation after its units went back on sale, or why there was nothing to restock.</summary>
public sealed record RestockReservationPayload(Reservation? Reservation, IReadOnlyList<IRestockReservationError>? Errors);
