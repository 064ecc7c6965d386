namespace ECommerce.Inventory.Model;

/// <summary>How many units of one product a reservation holds (one line per product).</summary>
public sealed class StockReservationLine
{
    public Guid OrderId { get; set; }

    public Guid ProductId { get; set; }

    public int Quantity { get; set; }
}
