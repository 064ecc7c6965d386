using Gql.Types;

namespace ECommerce.Inventory.Types;

/// <summary>No stock was reserved for this order.</summary>
public sealed record ReservationNotFoundError([property: ID] string OrderId) : IError, ICommitReservationError, IReleaseReservationError, IRestockReservationError
{
    public string Message => $"There is no reservation for order {OrderId}.";
}
