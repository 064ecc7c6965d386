using Gql.Types;

namespace ECommerce.Orders.Types;

/// <summary>A product in the cart is no longer sold (Products does not know it); remove it and check out again.</summary>
public sealed record ProductUnavailableError([property: ID] string ProductId) : IError, ICheckoutError
{
    public string Message => "A product in your cart is no longer available.";
}
