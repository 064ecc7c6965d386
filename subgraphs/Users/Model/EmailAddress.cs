using System.Text;

namespace ECommerce.Users.Model;

/// <summary>How emails are compared: trimmed, Unicode-normalized (NFC) and lower-cased; a simple shape check.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>One <c>@</c> with text on both sides, a dot in the domain, no spaces, at most 254 characters.</summary>
    public static bool IsValid(string normalizedEmail)
    {
        if (normalizedEmail.Length is 0 or > MaxLength || normalizedEmail.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var at = normalizedEmail.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != normalizedEmail.LastIndexOf('@') || at == normalizedEmail.Length - 1)
        {
            return false;
        }

        var domain = normalizedEmail[(at + 1)..];
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < domain.Length - 1 && !domain.Contains("..", StringComparison.Ordinal);
    }
}
