namespace ECommerce.Payments.Tests;

/// <summary>The GraphQL documents the tests send.</summary>
internal static class Operations
{
    public const string PaymentFields = "id orderId amount currency status provider providerReference failureCode failureMessage createdAt refunds { id amount status providerReference createdAt }";

    public const string ChargePayment = $$"""
        mutation($input: ChargePaymentInput!) {
          chargePayment(input: $input) {
            payment { {{PaymentFields}} }
            errors {
              __typename
              ... on Error { message }
              ... on PaymentDeclinedError { declineCode }
              ... on InvalidInputError { field }
              ... on PaymentProviderError { retryable }
            }
          }
        }
        """;

    public const string RefundPayment = $$"""
        mutation($input: RefundPaymentInput!) {
          refundPayment(input: $input) {
            payment { {{PaymentFields}} }
            refund { id amount status providerReference createdAt }
            errors {
              __typename
              ... on Error { message }
              ... on InvalidInputError { field }
              ... on PaymentNotFoundError { orderId }
              ... on RefundExceedsPaymentError { requested refundable }
              ... on PaymentProviderError { retryable }
            }
          }
        }
        """;

    public const string OrderPayment = $$"""query($id: ID!) { orderById(id: $id) { id payment { {{PaymentFields}} } } }""";

    public const string PaymentsByOrder = """query($orderId: ID!) { paymentsByOrder(orderId: $orderId) { id status } }""";

    public const string Entities = $$"""
        query($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Order { id payment { {{PaymentFields}} } } }
        }
        """;
}
