namespace ECommerce.Inventory.Model;

/// <summary>Where a reservation stands. RESERVED is the only state that can change, to either of the other two.</summary>
public enum ReservationStatus
{
    /// <summary>The units are held: counted in <c>reserved</c>, no longer available.</summary>
    Reserved,

    /// <summary>The order was paid: the units left the stock (on hand and reserved went down).</summary>
    Committed,

    /// <summary>The order was cancelled or failed: the units are available again.</summary>
    Released,
}
