using ECommerce.Payments.Model;
using Gql.Federation;
using Gql.Types;

namespace ECommerce.Payments.Types;

/// <summary>One charge of an order through a payment provider, with its refunds.</summary>
[Key("id")]
public sealed class Payment
{
    [ID]
    public required string Id { get; init; }

    [ID]
    public required string OrderId { get; init; }

    public required decimal Amount { get; init; }

    [GraphQLDescription("ISO 4217 currency code, such as \"EUR\".")]
    public required string Currency { get; init; }

    public required PaymentStatus Status { get; init; }

    [GraphQLDescription("Who processed the payment: \"stripe\", or \"test\" (the built-in provider that behaves like Stripe's test cards).")]
    public required string Provider { get; init; }

    [GraphQLDescription("The provider's id of the payment, such as a Stripe PaymentIntent id (pi_...).")]
    public string? ProviderReference { get; init; }

    [GraphQLDescription("Why the payment failed: the provider's decline code (such as \"insufficient_funds\") or error code.")]
    public string? FailureCode { get; init; }

    public string? FailureMessage { get; init; }

    [GraphQLDescription("Refunds of this payment, oldest first.")]
    public required IReadOnlyList<Refund> Refunds { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The order's owner (not a field: it decides who may read the payment).</summary>
    internal Guid? UserId { get; init; }

    internal static Payment From(PaymentRecord record) => new()
    {
        Id = record.Id.ToString(),
        OrderId = record.OrderId.ToString(),
        UserId = record.UserId,
        Amount = Money.Round(record.Amount, record.Currency),
        Currency = record.Currency,
        Status = Enum.Parse<PaymentStatus>(record.Status.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
        Provider = record.Provider,
        ProviderReference = record.ProviderReference,
        FailureCode = record.FailureCode,
        FailureMessage = record.FailureMessage,
        Refunds = [.. record.Refunds.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => Refund.From(r, record.Currency))],
        CreatedAt = record.CreatedAt,
    };
}
