using Gql.Federation;

namespace ECommerce.Inventory.Types;

/// <summary>A field of the input is not acceptable; <see cref="Field"/> names it as in the input type (<c>lines[2].quantity</c>).</summary>
[ShareableType]
public sealed record InvalidInputError(string Field, string Message)
    : IError, IReserveStockError, ICommitReservationError, IReleaseReservationError, IRestockReservationError, ISetStockError, IAdjustStockError;
