using Gql.Federation;
using Gql.Types;

namespace ECommerce.Orders.Types;

/// <summary>Inventory cannot reserve the quantity of a product; nothing was reserved or charged.</summary>
[ShareableType]
public sealed record InsufficientStockError([property: ID] string ProductId, int Requested, int Available) : IError, ICheckoutError
{
    public string Message => $"Only {Available} of the {Requested} units you ordered are in stock.";
}
