using ECommerce.Payments.Infrastructure;
using ECommerce.Payments.Model;
using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore.Authorization;
using Gql.Federation;
using Gql.Types;

namespace ECommerce.Payments.Types;

/// <summary>
/// Mutations for other services of the shop only (SERVICE tokens; the Orders checkout and refunds), hidden from the
/// gateway's public graph. Hot Chocolate's mutation conventions: expected failures are typed errors in the payload.
/// </summary>
public sealed class Mutation
{
    public const int MaxIdempotencyKeyLength = 255;
    public const int MaxPaymentMethodLength = 255;

    [Authorize(Roles = new[] { Roles.Service })]
    [Internal]
    [GraphQLDescription("Charges an order (SERVICE only). The same idempotencyKey returns the first outcome and never charges twice; a declined charge is a FAILED payment with a PaymentDeclinedError.")]
    public async Task<ChargePaymentPayload> ChargePaymentAsync(ChargePaymentInput input, [Service] PaymentLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<InvalidInputError>();
        var orderId = OrderId(input.OrderId, errors);
        var userId = UserId(input.UserId, errors);
        var currency = input.Currency.Trim().ToUpperInvariant();
        var paymentMethod = input.PaymentMethod.Trim();
        var amountMinor = 0L;
        if (!Money.IsCurrencyCode(currency))
        {
            errors.Add(new("currency", "The currency must be an ISO 4217 code such as EUR."));
        }
        else if (input.Amount <= 0)
        {
            errors.Add(new("amount", "The amount must be greater than zero."));
        }
        else if (!Money.TryToMinorUnits(input.Amount, currency, out amountMinor))
        {
            errors.Add(new("amount", $"{currency} amounts have at most {Money.DecimalPlaces(currency)} decimal places."));
        }

        if (paymentMethod.Length is 0 or > MaxPaymentMethodLength)
        {
            errors.Add(new("paymentMethod", $"The payment method must have 1 to {MaxPaymentMethodLength} characters."));
        }

        IdempotencyKey(input.IdempotencyKey, errors);
        if (errors.Count > 0)
        {
            return new ChargePaymentPayload(null, errors);
        }

        return await ledger.ChargeAsync(new ChargeCommand(orderId, userId, input.Amount, amountMinor, currency, paymentMethod, input.IdempotencyKey), cancellationToken);
    }

    [Authorize(Roles = new[] { Roles.Service })]
    [Internal]
    [GraphQLDescription("Gives back part (amount) or all that is left (amount null) of an order's successful payment (SERVICE only). The same idempotencyKey returns the first refund and never refunds twice.")]
    public async Task<RefundPaymentPayload> RefundPaymentAsync(RefundPaymentInput input, [Service] PaymentLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<InvalidInputError>();
        var orderId = OrderId(input.OrderId, errors);
        if (input.Amount <= 0)
        {
            errors.Add(new("amount", "The amount must be greater than zero (or null for all that is left)."));
        }

        IdempotencyKey(input.IdempotencyKey, errors);
        if (errors.Count > 0)
        {
            return new RefundPaymentPayload(null, null, errors);
        }

        return await ledger.RefundAsync(new RefundCommand(orderId, input.Amount, input.IdempotencyKey), cancellationToken);
    }

    private static Guid OrderId(string orderId, List<InvalidInputError> errors) => Uuid(orderId, "orderId", "an order", errors);

    private static Guid UserId(string userId, List<InvalidInputError> errors) => Uuid(userId, "userId", "a user", errors);

    private static Guid Uuid(string value, string field, string of, List<InvalidInputError> errors)
    {
        if (Guid.TryParse(value, out var id) && id != Guid.Empty)
        {
            return id;
        }

        errors.Add(new(field, $"The {field[..^2]} id must be the id of {of} (a UUID)."));
        return Guid.Empty;
    }

    private static void IdempotencyKey(string key, List<InvalidInputError> errors)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxIdempotencyKeyLength)
        {
            errors.Add(new("idempotencyKey", $"The idempotency key must have 1 to {MaxIdempotencyKeyLength} characters."));
        }
    }
}
