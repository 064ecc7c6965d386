using ECommerce.Payments.Model;
using Gql.Types;

namespace ECommerce.Payments.Types;

/// <summary>Money given back on a payment (in the payment's currency).</summary>
public sealed class Refund
{
    [ID]
    public required string Id { get; init; }

    public required decimal Amount { get; init; }

    public required RefundStatus Status { get; init; }

    [GraphQLDescription("The provider's id of the refund, such as a Stripe re_... id.")]
    public string? ProviderReference { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    internal static Refund From(RefundRecord record, string currency) => new()
    {
        Id = record.Id.ToString(),
        Amount = Money.Round(record.Amount, currency),
        Status = record.Status == RefundStatuses.Succeeded ? RefundStatus.Succeeded : RefundStatus.Pending,
        ProviderReference = record.ProviderReference,
        CreatedAt = record.CreatedAt,
    };
}
