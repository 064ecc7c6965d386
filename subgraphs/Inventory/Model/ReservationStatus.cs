namespace ECommerce.Inventory.Model;

/// <summary>
/// Where a reservation stands. RESERVED changes to COMMITTED or RELEASED; COMMITTED changes to
/// RESTOCKED when the paid order is cancelled or refunded before it ships.
/// </summary>
public enum ReservationStatus
{
    /// <summary>The units are held: counted in <c>reserved</c>, no longer available.</summary>
    Reserved,

    /// <summary>The order was paid: the units left the stock (on hand and reserved went down).</summary>
    Committed,

    /// <summary>The order was cancelled or failed: the units are available again.</summary>
    Released,

    /// <summary>The paid order was cancelled or refunded before shipping: the committed units are back on hand.</summary>
    Restocked,
}
