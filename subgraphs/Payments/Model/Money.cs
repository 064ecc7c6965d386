namespace ECommerce.Payments.Model;

/// <summary>
/// Amounts in a currency's minor unit, as Stripe takes them (cents for EUR; yen for JPY, which has none).
/// The decimal places per currency follow Stripe's list of zero-decimal and three-decimal currencies.
/// </summary>
public static class Money
{
    private static readonly HashSet<string> ZeroDecimal = new(StringComparer.Ordinal)
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private static readonly HashSet<string> ThreeDecimal = new(StringComparer.Ordinal) { "BHD", "JOD", "KWD", "OMR", "TND" };

    /// <summary>Three ASCII letters (ISO 4217 shape); the code is upper case.</summary>
    public static bool IsCurrencyCode(string currency) => currency.Length == 3 && currency.All(char.IsAsciiLetterUpper);

    public static int DecimalPlaces(string currency) => ZeroDecimal.Contains(currency) ? 0 : ThreeDecimal.Contains(currency) ? 3 : 2;

    /// <summary>The amount in minor units, or false when it has more decimal places than the currency.</summary>
    public static bool TryToMinorUnits(decimal amount, string currency, out long minorUnits)
    {
        var scaled = amount * Pow10(DecimalPlaces(currency));
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled < long.MinValue)
        {
            minorUnits = 0;
            return false;
        }

        minorUnits = (long)scaled;
        return true;
    }

    /// <summary>The amount with exactly the currency's decimal places (the database keeps four).</summary>
    public static decimal Round(decimal amount, string currency)
    {
        var places = DecimalPlaces(currency);
        // Adding a zero with the currency's scale shows 20 EUR as 20.00 whatever scale the value came with.
        return decimal.Round(amount, places) + (places switch { 0 => 0m, 2 => 0.00m, _ => 0.000m });
    }

    public static decimal FromMinorUnits(long minorUnits, string currency) => minorUnits / Pow10(DecimalPlaces(currency));

    private static decimal Pow10(int places) => places switch { 0 => 1m, 2 => 100m, _ => 1000m };
}
