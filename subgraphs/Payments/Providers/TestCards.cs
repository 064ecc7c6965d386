namespace ECommerce.Payments.Providers;

/// <summary>
/// Stripe's test cards and test PaymentMethod ids (docs.stripe.com/testing), with the outcome Stripe gives each in test mode.
/// The test provider charges with them; the Stripe provider turns a listed card number into its PaymentMethod id.
/// </summary>
public static class TestCards
{
    public const string CardDeclined = "card_declined";
    public const string DeclinedMessage = "Your card was declined.";
    public const string AuthenticationRequired = "authentication_required";

    public static IReadOnlyList<TestCard> All { get; } =
    [
        new("4242424242424242", ["pm_card_visa"], "visa"),
        new("4000056655665556", ["pm_card_visa_debit"], "visa"),
        new("5555555555554444", ["pm_card_mastercard"], "mastercard"),
        new("5200828282828210", ["pm_card_mastercard_debit"], "mastercard"),
        new("5105105105105100", ["pm_card_mastercard_prepaid"], "mastercard"),
        new("378282246310005", ["pm_card_amex"], "amex"),
        new("6011111111111117", ["pm_card_discover"], "discover"),
        new("3056930009020004", ["pm_card_diners"], "diners"),
        new("3566002020360505", ["pm_card_jcb"], "jcb"),
        new("6200000000000005", ["pm_card_unionpay"], "unionpay"),
        new("4000000000000002", ["pm_card_visa_chargeDeclined", "pm_card_chargeDeclined"], "visa", CardDeclined, "generic_decline", DeclinedMessage),
        new("4000000000009995", ["pm_card_visa_chargeDeclinedInsufficientFunds", "pm_card_chargeDeclinedInsufficientFunds"], "visa", CardDeclined, "insufficient_funds", "Your card has insufficient funds."),
        new("4000000000009987", ["pm_card_visa_chargeDeclinedLostCard", "pm_card_chargeDeclinedLostCard"], "visa", CardDeclined, "lost_card", DeclinedMessage),
        new("4000000000009979", ["pm_card_visa_chargeDeclinedStolenCard", "pm_card_chargeDeclinedStolenCard"], "visa", CardDeclined, "stolen_card", DeclinedMessage),
        new("4000000000000069", ["pm_card_chargeDeclinedExpiredCard"], "visa", "expired_card", "expired_card", "Your card has expired."),
        new("4000000000000127", ["pm_card_chargeDeclinedIncorrectCvc"], "visa", "incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect."),
        new("4000000000000119", ["pm_card_chargeDeclinedProcessingError"], "visa", "processing_error", "processing_error", "An error occurred while processing your card. Try again in a little bit."),
        new("4000000000006975", ["pm_card_visa_chargeDeclinedVelocityLimitExceeded"], "visa", CardDeclined, "card_velocity_exceeded", "Your card was declined for making repeated attempts too frequently or exceeding its amount limit."),
        new("4100000000000019", ["pm_card_radarBlock"], "visa", CardDeclined, "fraudulent", DeclinedMessage),
        new("4000002500003155", ["pm_card_authenticationRequired"], "visa", AuthenticationRequired, AuthenticationRequired,
            "This card needs 3D Secure authentication, which a charge without the customer present cannot complete."),
    ];

    private static readonly Dictionary<string, TestCard> ByKey = All
        .SelectMany(card => card.PaymentMethodIds.Prepend(card.Number).Select(key => (key, card)))
        .ToDictionary(entry => entry.key, entry => entry.card, StringComparer.Ordinal);

    /// <summary>The card for a number (spaces and dashes allowed) or a test PaymentMethod id.</summary>
    public static TestCard? Find(string paymentMethod)
        => ByKey.GetValueOrDefault(IsPaymentMethodId(paymentMethod) ? paymentMethod : CardNumber(paymentMethod));

    public static bool IsPaymentMethodId(string paymentMethod) => paymentMethod.StartsWith("pm_", StringComparison.Ordinal);

    /// <summary>Digits only (spaces and dashes removed); empty when anything else is in it.</summary>
    public static string CardNumber(string paymentMethod)
    {
        var digits = paymentMethod.Where(c => c is not (' ' or '-')).ToArray();
        return digits.Length is >= 12 and <= 19 && digits.All(char.IsAsciiDigit) ? new string(digits) : "";
    }

    /// <summary>The Luhn checksum every real card number passes.</summary>
    public static bool PassesLuhn(string number)
    {
        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>What is stored of a payment method: a PaymentMethod id as it is, a card number as its last four digits.</summary>
    public static string Describe(string paymentMethod)
    {
        var number = CardNumber(paymentMethod);
        return number.Length > 0 ? "card ending " + number[^4..] : paymentMethod;
    }
}
