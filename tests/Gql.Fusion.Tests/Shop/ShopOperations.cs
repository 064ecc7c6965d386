namespace Gql.Fusion.Tests.Shop;

/// <summary>
/// The shop's main operations (storefront pages, checkout, the order subscription, the admin's order
/// list) as a client writes them against schema/gateway.graphql.
/// </summary>
internal static class ShopOperations
{
    public const string CatalogPage = """
        query CatalogPage($search: String, $first: Int = 24, $after: String) {
          products(search: $search, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id name price currency imageUrl category { name } inStock inventory { available } }
          }
        }
        """;

    public const string ProductPage = """
        query ProductPage($id: ID!) {
          productById(id: $id) {
            id sku name description price currency imageUrl createdAt
            category { id name slug }
            inStock
            inventory { onHand reserved available lowStock lowStockThreshold }
          }
        }
        """;

    public const string Cart = """
        query CartPage {
          cart {
            totalQuantity
            items { quantity addedAt product { id name price currency imageUrl inStock inventory { available } } }
          }
        }
        """;

    public const string Checkout = """
        mutation PlaceOrder($input: CheckoutInput!) {
          checkout(input: $input) {
            order {
              id status total currency createdAt
              items { quantity unitPrice lineTotal productName product { id name imageUrl inStock } }
              payment { id status amount currency provider failureCode }
            }
            errors { __typename ... on Error { message } ... on InsufficientStockError { productId available } }
          }
        }
        """;

    public const string MyOrders = """
        query MyOrdersPage($first: Int = 20, $after: String) {
          me {
            id name
            orders(first: $first, after: $after) {
              totalCount
              pageInfo { hasNextPage endCursor }
              nodes {
                id status total currency createdAt
                items { quantity lineTotal product { id name price imageUrl inStock inventory { available } } }
                payment { status }
              }
            }
          }
        }
        """;

    public const string OrderById = """
        query OrderPage($id: ID!) {
          orderById(id: $id) {
            id userId status total currency createdAt
            shippingAddress { name line1 line2 city postalCode country }
            statusHistory { previousStatus status reason changedAt }
            items { quantity unitPrice lineTotal productName sku product { id name imageUrl inStock } }
            payment { id status amount currency provider failureCode refunds { amount status createdAt } }
          }
        }
        """;

    public const string OrderStatusSubscription = """
        subscription WatchOrderLive($orderId: ID!) {
          orderStatusChanged(orderId: $orderId) {
            orderId status previousStatus reason changedAt
            order {
              id total currency
              items { quantity product { id name imageUrl } }
              payment { status failureCode }
            }
          }
        }
        """;

    public const string AdminOrders = """
        query AdminOrders($first: Int = 50, $after: String, $where: OrderFilterInput) {
          orders(first: $first, after: $after, where: $where, order: [{ createdAt: DESC }]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes {
              id userId status total currency createdAt
              items { quantity unitPrice productName product { id sku name price } }
              payment { status provider failureCode }
            }
          }
        }
        """;
}
