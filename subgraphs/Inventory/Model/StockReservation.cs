namespace ECommerce.Inventory.Model;

/// <summary>The units held for one order: reserved at checkout, then committed (shipped from stock) or released.</summary>
public sealed class StockReservation
{
    public Guid OrderId { get; set; }

    /// <summary>RESERVED, COMMITTED or RELEASED (<see cref="ReservationStatus"/> in upper case).</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<StockReservationLine> Lines { get; } = [];
}
