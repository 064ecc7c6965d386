using System.Text.Json;
using ECommerce.ServiceDefaults.Seeding;

namespace ECommerce.Shop.Testing;

/// <summary>Arranges shop state through the gateway, as a client would: stock as the seeded admin, carts and checkouts as customers.</summary>
public static class ShopActions
{
    public const string GoodCard = "4242424242424242";
    public const string DeclinedCard = "4000000000000002";

    public const string SetStockMutation = """
        mutation SetStock($input: SetStockInput!) {
          setStock(input: $input) { product { id name inventory { onHand available } } errors { __typename ... on Error { message } } }
        }
        """;

    public const string AddToCartMutation = """
        mutation AddToCart($input: AddToCartInput!) {
          addToCart(input: $input) { cart { totalQuantity items { quantity product { id name } } } errors { __typename ... on Error { message } } }
        }
        """;

    public const string CheckoutMutation = """
        mutation Checkout($input: CheckoutInput!) {
          checkout(input: $input) {
            order { id status total payment { status amount } }
            errors { __typename ... on Error { message } ... on PaymentDeclinedError { declineCode } ... on InsufficientStockError { productId requested available } }
          }
        }
        """;

    /// <summary>The id of seeded product <paramref name="number"/> (1 to 1,200).</summary>
    public static string ProductId(int number) => SeedCatalog.ProductId(number).ToString();

    public static async Task SetStockAsync(this ShopStack shop, int product, int onHand)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var payload = (await shop.Gateway.DataAsync(SetStockMutation, new { input = new { productId = ProductId(product), onHand } }, await shop.AdminTokenAsync())).GetProperty("setStock");
        ThrowOnTypedErrors(payload, "setStock");
    }

    public static async Task AddToCartAsync(this ShopStack shop, string token, int product, int quantity)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var payload = (await shop.Gateway.DataAsync(AddToCartMutation, new { input = new { productId = ProductId(product), quantity } }, token)).GetProperty("addToCart");
        ThrowOnTypedErrors(payload, "addToCart");
    }

    /// <summary>The <c>checkout</c> payload (order and typed errors) of the customer's cart, with a new idempotency key.</summary>
    public static async Task<JsonElement> CheckoutAsync(this ShopStack shop, string token, string paymentMethod = GoodCard)
    {
        ArgumentNullException.ThrowIfNull(shop);
        return (await shop.Gateway.DataAsync(CheckoutMutation, new
        {
            input = new
            {
                shippingAddress = new { name = "Test Customer", line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
                paymentMethod,
                idempotencyKey = Guid.NewGuid().ToString("N"),
            },
        }, token)).GetProperty("checkout");
    }

    /// <summary>The id of a PAID order of the signed-in customer: stock of seeded <paramref name="product"/> set to <paramref name="stock"/>, <paramref name="quantity"/> units in the cart, checkout with a good card.</summary>
    public static async Task<string> PlacePaidOrderAsync(this ShopStack shop, string token, int product, int quantity = 1, int stock = 10)
    {
        await shop.SetStockAsync(product, stock);
        await shop.AddToCartAsync(token, product, quantity);
        var payload = await shop.CheckoutAsync(token);
        ThrowOnTypedErrors(payload, "checkout");
        var order = payload.GetProperty("order");
        return order.GetProperty("status").GetString() == "PAID"
            ? order.GetProperty("id").GetString()!
            : throw new GraphQLRequestException("checkout did not pay the order: " + payload.GetRawText());
    }

    /// <summary>A new customer (signed up) and their PAID order, as <see cref="PlacePaidOrderAsync(ShopStack, string, int, int, int)"/>.</summary>
    public static async Task<(ShopUser Customer, string OrderId)> PlacePaidOrderAsync(this ShopStack shop, int product, int quantity = 1, int stock = 10)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var customer = await shop.SignUpAsync();
        return (customer, await shop.PlacePaidOrderAsync(customer.Token, product, quantity, stock));
    }

    private static void ThrowOnTypedErrors(JsonElement payload, string field)
    {
        if (payload.GetProperty("errors").ValueKind != JsonValueKind.Null)
        {
            throw new GraphQLRequestException($"{field} answered with errors: {payload.GetRawText()}");
        }
    }
}
