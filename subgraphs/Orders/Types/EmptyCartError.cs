namespace ECommerce.Orders.Types;

/// <summary>Checkout with nothing in the cart.</summary>
public sealed record EmptyCartError : IError, ICheckoutError
{
    public string Message => "Your cart is empty.";
}
