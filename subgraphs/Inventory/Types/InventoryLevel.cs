using Gql.Types;

namespace ECommerce.Inventory.Types;

/// <summary>The stock of one product as the shop sees it.</summary>
public sealed class InventoryLevel
{
    [GraphQLDescription("Units in the warehouse, including reserved ones.")]
    public required int OnHand { get; init; }

    [GraphQLDescription("Units held for orders that are not paid yet.")]
    public required int Reserved { get; init; }

    [GraphQLDescription("Units that can still be ordered: onHand - reserved (never negative).")]
    public int Available => OnHand - Reserved;

    [GraphQLDescription("True when available is at or below lowStockThreshold (sold-out products included).")]
    public bool LowStock => Available <= LowStockThreshold;

    public required int LowStockThreshold { get; init; }
}
