using Gql.Types;

namespace ECommerce.Inventory.Types;

/// <summary>The adjustment would leave fewer than zero units on hand; the stock was not changed.</summary>
public sealed record NegativeStockError([property: ID] string ProductId, int OnHand, int Delta) : IError, IAdjustStockError
{
    public string Message => $"Product {ProductId} has {OnHand} unit(s) on hand; adjusting by {Delta} would make it negative.";
}
