namespace ECommerce.Inventory.Types;

/// <summary>The released reservation, or why it could not be released.</summary>
public sealed record ReleaseReservationPayload(Reservation? Reservation, IReadOnlyList<IReleaseReservationError>? Errors);
