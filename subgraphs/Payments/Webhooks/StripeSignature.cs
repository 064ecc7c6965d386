using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ECommerce.Payments.Webhooks;

/// <summary>
/// Stripe's webhook signature: the <c>Stripe-Signature</c> header holds <c>t=</c> (Unix seconds) and one or more
/// <c>v1=</c> values, each the hex HMAC-SHA256 of <c>"{t}.{payload}"</c> under the endpoint's signing secret.
/// </summary>
public static class StripeSignature
{
    public const string HeaderName = "Stripe-Signature";

    /// <summary>The header value for <paramref name="payload"/> signed at <paramref name="timestamp"/> (what Stripe sends; tests sign with it).</summary>
    public static string Create(ReadOnlySpan<byte> payload, string secret, DateTimeOffset timestamp)
    {
        var seconds = timestamp.ToUnixTimeSeconds();
        return $"t={seconds.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Compute(payload, secret, seconds))}";
    }

    /// <summary>Null when the header signs the payload within <paramref name="tolerance"/> of <paramref name="now"/>; otherwise why not.</summary>
    public static string? Verify(ReadOnlySpan<byte> payload, string? header, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(header))
        {
            return "The Stripe-Signature header is missing.";
        }

        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                continue;
            }

            var value = part[(separator + 1)..];
            switch (part[..separator])
            {
                case "t" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds):
                    timestamp = seconds;
                    break;
                case "v1" when value.Length == 64 && value.All(char.IsAsciiHexDigit):
                    signatures.Add(Convert.FromHexString(value));
                    break;
            }
        }

        if (timestamp is not { } signedAt || signatures.Count == 0)
        {
            return "The Stripe-Signature header has no timestamp or no v1 signature.";
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - signedAt) > tolerance.TotalSeconds)
        {
            return "The signature's timestamp is outside the tolerance.";
        }

        var expected = Compute(payload, secret, signedAt);
        var matched = false;
        foreach (var signature in signatures)
        {
            // Every candidate is compared in constant time; no early exit that would tell which one matched.
            matched |= CryptographicOperations.FixedTimeEquals(expected, signature);
        }

        return matched ? null : "No signature matches the payload.";
    }

    private static byte[] Compute(ReadOnlySpan<byte> payload, string secret, long timestamp)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + payload.Length];
        prefix.CopyTo(signed, 0);
        payload.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }
}
