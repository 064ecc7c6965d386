using System.Text.Json;

namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>Payments' charges and refunds, each with an idempotency key derived from the order (same key = same payment or refund).</summary>
public sealed class PaymentsClient(ServiceGraphQLClient client, ServiceEndpoints endpoints)
{
    public const string Service = "payments";

    private const string Charge = """
        mutation($orderId: ID!, $userId: ID!, $amount: Decimal!, $currency: String!, $paymentMethod: String!, $idempotencyKey: String!) {
          chargePayment(input: { orderId: $orderId, userId: $userId, amount: $amount, currency: $currency, paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey }) {
            payment { id status failureCode failureMessage }
            errors { __typename ... on PaymentDeclinedError { declineCode message } ... on PaymentProviderError { message } ... on InvalidInputError { message } }
          }
        }
        """;

    private const string Refund = """
        mutation($orderId: ID!, $idempotencyKey: String!) {
          refundPayment(input: { orderId: $orderId, idempotencyKey: $idempotencyKey }) {
            payment { id status }
            errors { __typename ... on PaymentProviderError { message } ... on InvalidInputError { message } }
          }
        }
        """;

    private const string PaymentsByOrder = """
        query($orderId: ID!) { paymentsByOrder(orderId: $orderId) { id status } }
        """;

    /// <summary>The key of an order's one charge: a retried checkout sends the same key, so Payments never charges twice.</summary>
    public static string ChargeKey(Guid orderId) => $"order-{orderId:D}-charge";

    /// <summary>The key of an order's one full refund (by cancelOrder or refundOrder, whichever comes first).</summary>
    public static string RefundKey(Guid orderId) => $"order-{orderId:D}-refund";

    /// <summary>Charges the order once (its charge key); <paramref name="userId"/>, the order's customer, is the only customer who may read the payment.</summary>
    public async Task<ChargeResult> ChargeAsync(Guid orderId, Guid userId, decimal amount, string currency, string paymentMethod, CancellationToken cancellationToken)
    {
        var variables = new { orderId = orderId.ToString(), userId = userId.ToString(), amount, currency, paymentMethod, idempotencyKey = ChargeKey(orderId) };
        var payload = (await client.ExecuteAsync(Service, endpoints.Payments, Charge, variables, cancellationToken)).GetProperty("chargePayment");
        var payment = payload.TryGetProperty("payment", out var p) && p.ValueKind == JsonValueKind.Object ? p : (JsonElement?)null;
        var status = payment?.GetProperty("status").GetString();
        if (status == "SUCCEEDED")
        {
            return new(true, payment!.Value.GetProperty("id").GetString(), false, null, null);
        }

        var error = FirstError(payload);
        if (error?.GetProperty("__typename").GetString() == "PaymentDeclinedError")
        {
            return new(false, null, true, StringOrNull(error.Value, "declineCode"), StringOrNull(error.Value, "message"));
        }

        if (error is null && status == "FAILED")
        {
            return new(false, payment!.Value.GetProperty("id").GetString(), true, StringOrNull(payment.Value, "failureCode"), StringOrNull(payment.Value, "failureMessage"));
        }

        return new(false, null, false, null, error is { } e ? StringOrNull(e, "message") ?? e.GetProperty("__typename").GetString() : $"payment status {status ?? "null"}");
    }

    /// <summary>Refunds what is left of the order's payment. Throws <see cref="ServiceCallException"/> when Payments refuses or is unavailable.</summary>
    public async Task RefundAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var variables = new { orderId = orderId.ToString(), idempotencyKey = RefundKey(orderId) };
        var payload = (await client.ExecuteAsync(Service, endpoints.Payments, Refund, variables, cancellationToken)).GetProperty("refundPayment");
        if (FirstError(payload) is { } error)
        {
            throw new ServiceCallException(Service, $"refused the refund: {StringOrNull(error, "message") ?? error.GetProperty("__typename").GetString()}");
        }
    }

    /// <summary>The order's latest payment attempt (Payments lists them newest first); null when it was never charged. Charges nothing.</summary>
    public async Task<PaymentState?> LatestPaymentAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var attempts = (await client.ExecuteAsync(Service, endpoints.Payments, PaymentsByOrder, new { orderId = orderId.ToString() }, cancellationToken)).GetProperty("paymentsByOrder");
        return attempts.GetArrayLength() == 0
            ? null
            : new PaymentState(attempts[0].GetProperty("id").GetString()!, attempts[0].GetProperty("status").GetString()!);
    }

    private static JsonElement? FirstError(JsonElement payload)
        => payload.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0 ? errors[0] : null;

    private static string? StringOrNull(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
