using Gql.Federation;
using Gql.Types;

namespace ECommerce.Inventory.Types;

/// <summary>Fewer units of a product are available than a reservation line asks for; nothing of the order was reserved.</summary>
[ShareableType]
public sealed record InsufficientStockError([property: ID] string ProductId, int Requested, int Available) : IError, IReserveStockError
{
    public string Message => $"Only {Available} unit(s) of product {ProductId} are available; {Requested} were requested.";
}
