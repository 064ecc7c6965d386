namespace ECommerce.Payments.Providers;

/// <summary>
/// One of Stripe's test cards: its number, the test PaymentMethod ids that stand for it, and how a charge with it ends
/// (<see cref="ErrorCode"/> null = succeeds; otherwise Stripe's error code, decline code and message).
/// </summary>
public sealed record TestCard(
    string Number,
    IReadOnlyList<string> PaymentMethodIds,
    string Brand,
    string? ErrorCode = null,
    string? DeclineCode = null,
    string? Message = null)
{
    public bool Succeeds => ErrorCode is null;

    /// <summary>What <c>PaymentDeclinedError.declineCode</c> and <c>Payment.failureCode</c> show: the decline code, else the error code.</summary>
    public string? FailureCode => DeclineCode ?? ErrorCode;
}
