using Gql.Types;

namespace ECommerce.Inventory.Types;

/// <summary>The new on-hand count would be below the units reserved for orders; the stock was not changed.</summary>
public sealed record StockBelowReservedError([property: ID] string ProductId, int RequestedOnHand, int Reserved) : IError, ISetStockError, IAdjustStockError
{
    public string Message => $"Product {ProductId} has {Reserved} unit(s) reserved for orders; on hand cannot go down to {RequestedOnHand}.";
}
