using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>The GraphQL documents the tests send to the gateway.</summary>
internal static class Operations
{
    public const string SearchProducts = """
        query SearchProducts($search: String, $first: Int, $after: String) {
          products(search: $search, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { id sku name price currency inventory { available } inStock }
          }
        }
        """;

    public const string ProductWithInventory = """
        query ProductWithInventory($id: ID!) {
          productById(id: $id) { id sku name price category { name } inventory { onHand reserved available lowStock } inStock }
        }
        """;

    public const string SetStock = ShopActions.SetStockMutation;

    public const string Cart = "query Cart { cart { totalQuantity items { quantity product { id name price inventory { available } } } } }";

    private const string CartPayload = "cart { totalQuantity items { quantity product { id name } } } errors { __typename ... on Error { message } }";

    public const string AddToCart = ShopActions.AddToCartMutation;

    public const string UpdateCartItem = "mutation UpdateCartItem($input: UpdateCartItemInput!) { updateCartItem(input: $input) { " + CartPayload + " } }";

    public const string RemoveFromCart = "mutation RemoveFromCart($input: RemoveFromCartInput!) { removeFromCart(input: $input) { " + CartPayload + " } }";

    public const string OrderDetails = """
        query OrderDetails($id: ID!) {
          orderById(id: $id) {
            id status total currency
            items { quantity unitPrice productName product { id name sku inventory { onHand available } } }
            payment { status amount currency provider failureCode }
          }
        }
        """;

    public const string OrderWithPayment = "query OrderWithPayment($id: ID!) { orderById(id: $id) { id status total payment { status amount } } }";

    public const string AdminOrders = """
        query AdminOrders($first: Int, $where: OrderFilterInput) {
          orders(first: $first, where: $where) { totalCount nodes { id userId status total items { product { name } } payment { status } } }
        }
        """;

    public const string SalesSummary = """
        query SalesSummary($from: DateTime!, $to: DateTime!) {
          salesSummary(from: $from, to: $to, top: 50) { orderCount revenue currency topProducts { sku quantity revenue product { name inventory { onHand } } } }
        }
        """;

    public const string ShipOrder = "mutation ShipOrder($input: ShipOrderInput!) { shipOrder(input: $input) { order { id status } errors { __typename ... on Error { message } } } }";

    public const string DeliverOrder = "mutation DeliverOrder($input: DeliverOrderInput!) { deliverOrder(input: $input) { order { id status } errors { __typename ... on Error { message } } } }";

    public const string OrderStatusChanged = """
        subscription OrderStatusChanged($orderId: ID!) {
          orderStatusChanged(orderId: $orderId) {
            orderId status previousStatus
            order { id status statusHistory { status } items { quantity product { name inventory { onHand } } } payment { status amount } }
          }
        }
        """;
}
