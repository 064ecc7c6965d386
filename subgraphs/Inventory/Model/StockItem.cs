namespace ECommerce.Inventory.Model;

/// <summary>
/// The stock of one product: units on hand (in the warehouse) and how many of them are reserved
/// for orders that are not paid yet. What can still be sold is <c>OnHand - Reserved</c>.
/// </summary>
public sealed class StockItem
{
    public Guid ProductId { get; set; }

    public int OnHand { get; set; }

    public int Reserved { get; set; }

    /// <summary>At or below this many available units the product counts as low on stock.</summary>
    public int LowStockThreshold { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
