namespace ECommerce.Inventory.Tests;

/// <summary>The GraphQL documents the tests send.</summary>
internal static class Operations
{
    public const string LevelFields = "onHand reserved available lowStock lowStockThreshold";

    public const string ProductFields = $"id inStock inventory {{ {LevelFields} }}";

    public const string ReservationFields = "orderId status lines { productId quantity }";

    public const string ProductById = $$"""query($id: ID!) { productById(id: $id) { {{ProductFields}} } }""";

    public const string Entities = $$"""
        query($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Product { {{ProductFields}} } }
        }
        """;

    public const string ReserveStock = $$"""
        mutation($input: ReserveStockInput!) {
          reserveStock(input: $input) {
            reservation { {{ReservationFields}} }
            errors {
              __typename
              ... on Error { message }
              ... on InvalidInputError { field }
              ... on InsufficientStockError { productId requested available }
            }
          }
        }
        """;

    public const string CommitReservation = $$"""
        mutation($input: CommitReservationInput!) {
          commitReservation(input: $input) { reservation { {{ReservationFields}} } errors { {{FinishErrorFields}} } }
        }
        """;

    public const string ReleaseReservation = $$"""
        mutation($input: ReleaseReservationInput!) {
          releaseReservation(input: $input) { reservation { {{ReservationFields}} } errors { {{FinishErrorFields}} } }
        }
        """;

    public const string RestockReservation = $$"""
        mutation($input: RestockReservationInput!) {
          restockReservation(input: $input) {
            reservation { {{ReservationFields}} }
            errors { __typename ... on Error { message } ... on InvalidInputError { field } ... on ReservationNotFoundError { orderId } }
          }
        }
        """;

    public const string SetStock = $$"""
        mutation($input: SetStockInput!) {
          setStock(input: $input) {
            product { {{ProductFields}} }
            errors {
              __typename
              ... on Error { message }
              ... on InvalidInputError { field }
              ... on StockBelowReservedError { productId requestedOnHand reserved }
            }
          }
        }
        """;

    public const string AdjustStock = $$"""
        mutation($input: AdjustStockInput!) {
          adjustStock(input: $input) {
            product { {{ProductFields}} }
            errors {
              __typename
              ... on Error { message }
              ... on InvalidInputError { field }
              ... on StockBelowReservedError { productId requestedOnHand reserved }
              ... on NegativeStockError { productId onHand delta }
            }
          }
        }
        """;

    private const string FinishErrorFields = """
        __typename
        ... on Error { message }
        ... on InvalidInputError { field }
        ... on ReservationNotFoundError { orderId }
        ... on ReservationStatusConflictError { orderId status }
        """;
}
