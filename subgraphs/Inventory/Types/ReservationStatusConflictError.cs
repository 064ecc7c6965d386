using ECommerce.Inventory.Model;
using Gql.Types;

namespace ECommerce.Inventory.Types;

/// <summary>The reservation already ended the other way (a released one cannot be committed, a committed one cannot be released).</summary>
public sealed record ReservationStatusConflictError([property: ID] string OrderId, ReservationStatus Status, string Message)
    : IError, ICommitReservationError, IReleaseReservationError;
