using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Warmup;

namespace ECommerce.Payments.Infrastructure;

/// <summary>
/// What Payments runs against itself before it reports ready: the calls of a checkout (Orders' charge,
/// refund and payment lookup, the gateway's Order.payment) for an order nobody has, so nothing is
/// charged or stored: the refund finds no payment (its transaction, order lock and queries run and
/// roll back), the charge's amount 0 is refused before the ledger.
/// </summary>
public static class PaymentsWarmup
{
    public static WarmupOperation[] Operations()
    {
        var order = Guid.NewGuid().ToString();
        var key = "warmup-" + Guid.NewGuid().ToString("N");
        string[] service = [Roles.Service];
        return
        [
            new("order payment", "query($id: ID!) { orderById(id: $id) { id payment { id orderId amount currency status provider providerReference failureCode failureMessage createdAt refunds { id amount status createdAt } } } }", new { id = order }, service),
            new("payments by order", "query($orderId: ID!) { paymentsByOrder(orderId: $orderId) { id status } }", new { orderId = order }, service),
            new("refund", "mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { payment { id status } refund { id } errors { __typename ... on Error { message } } } }",
                new { input = new { orderId = order, idempotencyKey = key } }, service),
            new("charge", "mutation($input: ChargePaymentInput!) { chargePayment(input: $input) { payment { id status amount } errors { __typename ... on Error { message } ... on PaymentDeclinedError { declineCode } } } }",
                new { input = new { orderId = order, userId = Guid.NewGuid().ToString(), amount = 0m, currency = "EUR", paymentMethod = "4242424242424242", idempotencyKey = key } }, service),
        ];
    }
}
