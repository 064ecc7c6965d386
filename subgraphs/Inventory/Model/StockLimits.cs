namespace ECommerce.Inventory.Model;

/// <summary>The bounds stock numbers are kept in (far below int overflow, so sums of two never overflow).</summary>
public static class StockLimits
{
    /// <summary>The low-stock threshold of a product whose stock row does not say otherwise.</summary>
    public const int DefaultLowStockThreshold = 10;

    public const int MaxOnHand = 1_000_000_000;

    /// <summary>At most this many units of one product per order.</summary>
    public const int MaxQuantityPerLine = 100_000;

    /// <summary>At most this many different products per reservation.</summary>
    public const int MaxLines = 200;
}
