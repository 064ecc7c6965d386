using Gql.Types;

namespace ECommerce.Orders.Types;

/// <summary>The cart has no item for this product.</summary>
public sealed record CartItemNotFoundError([property: ID] string ProductId) : IError, IUpdateCartItemError, IRemoveFromCartError
{
    public string Message => "Your cart has no item for this product.";
}
