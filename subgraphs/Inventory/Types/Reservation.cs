using ECommerce.Inventory.Model;
using Gql.Types;

namespace ECommerce.Inventory.Types;

/// <summary>The stock held for one order (one line per product, ordered by product id).</summary>
public sealed class Reservation
{
    [ID]
    public required string OrderId { get; init; }

    public required ReservationStatus Status { get; init; }

    public required IReadOnlyList<ReservationLine> Lines { get; init; }
}
