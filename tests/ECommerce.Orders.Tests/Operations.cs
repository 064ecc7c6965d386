namespace ECommerce.Orders.Tests;

/// <summary>The GraphQL documents the tests send.</summary>
internal static class Operations
{
    public const string OrderFields = """
        id userId status total currency createdAt
        shippingAddress { name line1 line2 city region postalCode country }
        items { product { id } quantity unitPrice lineTotal productName sku }
        statusHistory { previousStatus status reason changedAt }
        """;

    public const string CartErrorFields = "errors { __typename ... on Error { message } ... on InvalidInputError { field } }";

    public const string ErrorFields = "errors { __typename ... on Error { message } ... on InvalidInputError { field } ... on InvalidStatusTransitionError { currentStatus requestedStatus } }";

    public const string Cart = "{ cart { totalQuantity items { product { id } quantity addedAt } } }";

    public const string AddToCart = "mutation($input: AddToCartInput!) { addToCart(input: $input) { cart { totalQuantity items { product { id } quantity } } " + CartErrorFields + " } }";

    public const string UpdateCartItem = "mutation($input: UpdateCartItemInput!) { updateCartItem(input: $input) { cart { totalQuantity items { product { id } quantity } } " + CartErrorFields + " } }";

    public const string RemoveFromCart = "mutation($input: RemoveFromCartInput!) { removeFromCart(input: $input) { cart { totalQuantity items { product { id } quantity } } " + CartErrorFields + " } }";

    public const string OrderById = "query($id: ID!) { orderById(id: $id) { " + OrderFields + " } }";

    public const string UserOrders = """
        query($id: ID!, $first: Int, $after: String, $where: OrderFilterInput, $order: [OrderSortInput!]) {
          userById(id: $id) { id orders(first: $first, after: $after, where: $where, order: $order) { totalCount pageInfo { hasNextPage endCursor } nodes { id status total } } }
        }
        """;

    public const string AdminOrders = """
        query($first: Int, $after: String, $where: OrderFilterInput, $order: [OrderSortInput!]) {
          orders(first: $first, after: $after, where: $where, order: $order) { totalCount pageInfo { hasNextPage endCursor } nodes { id userId status total } }
        }
        """;

    public const string SalesSummary = """
        query($from: DateTime!, $to: DateTime!, $top: Int) {
          salesSummary(from: $from, to: $to, top: $top) { orderCount revenue currency topProducts { product { id } productName sku quantity revenue } }
        }
        """;

    public const string ShipOrder = "mutation($input: ShipOrderInput!) { shipOrder(input: $input) { order { id status statusHistory { status reason } } " + ErrorFields + " } }";

    public const string DeliverOrder = "mutation($input: DeliverOrderInput!) { deliverOrder(input: $input) { order { id status } " + ErrorFields + " } }";

    public const string CancelOrder = "mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } " + ErrorFields + " } }";

    public const string RefundOrder = "mutation($input: RefundOrderInput!) { refundOrder(input: $input) { order { id status } " + ErrorFields + " } }";

    public const string Checkout = """
        mutation($input: CheckoutInput!) {
          checkout(input: $input) {
            order { id status total items { product { id } quantity unitPrice productName sku } statusHistory { status reason } }
            errors { __typename ... on Error { message } ... on InvalidInputError { field } ... on InsufficientStockError { productId requested available } ... on PaymentDeclinedError { declineCode } ... on ServiceUnavailableError { service } }
          }
        }
        """;

    public const string OrderStatusChanged = "subscription($orderId: ID!) { orderStatusChanged(orderId: $orderId) { orderId status previousStatus reason } }";

    public static object CheckoutInput(string idempotencyKey, string paymentMethod = "4242424242424242") => new
    {
        input = new
        {
            shippingAddress = new { name = "Test Customer", line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
            paymentMethod,
            idempotencyKey,
        },
    };
}
