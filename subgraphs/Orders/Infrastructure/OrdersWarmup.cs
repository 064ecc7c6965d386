using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Warmup;

namespace ECommerce.Orders.Infrastructure;

/// <summary>
/// What Orders runs against itself before it reports ready: a customer's cart, an order page and the
/// gateway's order lookups for ids nobody has, and a checkout whose input is refused before anything
/// is read or stored (the calls to the other services are warmed by <see cref="Services.ServiceConnectionsWarmup"/>).
/// </summary>
public static class OrdersWarmup
{
    public static WarmupOperation[] Operations()
    {
        const string order = "id userId status total currency createdAt items { product { id } quantity unitPrice lineTotal productName sku } shippingAddress { name line1 city postalCode country } statusHistory { previousStatus status reason changedAt }";
        string[] customer = [Roles.Customer];
        return
        [
            new("cart", "query { cart { totalQuantity items { product { id } quantity } } }", null, customer),
            new("order", $"query($id: ID!) {{ orderById(id: $id) {{ {order} }} }}", new { id = Guid.NewGuid().ToString() }, customer),
            new("user orders", "query($id: ID!) { userById(id: $id) { id orders(first: 10) { nodes { id status total createdAt } } } }", new { id = Guid.NewGuid().ToString() }, [Roles.Service]),
            new("checkout", $"mutation($input: CheckoutInput!) {{ checkout(input: $input) {{ order {{ {order} }} errors {{ __typename ... on Error {{ message }} }} }} }}",
                new { input = new { shippingAddress = new { name = "", line1 = "", city = "", postalCode = "", country = "" }, paymentMethod = "4242424242424242", idempotencyKey = "warmup-" + Guid.NewGuid().ToString("N") } }, customer),
        ];
    }
}
