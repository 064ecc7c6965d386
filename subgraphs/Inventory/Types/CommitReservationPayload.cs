namespace ECommerce.Inventory.Types;

/// <summary>The committed reservation, or why it could not be committed.</summary>
public sealed record CommitReservationPayload(Reservation? Reservation, IReadOnlyList<ICommitReservationError>? Errors);
