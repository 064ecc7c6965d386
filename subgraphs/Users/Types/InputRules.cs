using ECommerce.Users.Model;

namespace ECommerce.Users.Types;

/// <summary>What the mutations accept; each broken rule is one <see cref="InvalidInputError"/> naming the input field.</summary>
internal static class InputRules
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int MaxNameLength = 100;

    public static void Email(string normalizedEmail, List<InvalidInputError> errors)
    {
        if (!EmailAddress.IsValid(normalizedEmail))
        {
            errors.Add(new("email", "Enter an email address such as name@example.com."));
        }
    }

    public static void Password(string password, List<InvalidInputError> errors)
    {
        if (password.Length is < MinPasswordLength or > MaxPasswordLength)
        {
            errors.Add(new("password", $"The password must have {MinPasswordLength} to {MaxPasswordLength} characters."));
        }
    }

    public static void Name(string name, List<InvalidInputError> errors)
    {
        if (name.Length is 0 or > MaxNameLength)
        {
            errors.Add(new("name", $"The name must have 1 to {MaxNameLength} characters."));
        }
    }

    /// <summary>Digits with optional <c>+</c>, spaces, dashes, dots and parentheses; 5 to 15 digits.</summary>
    public static void Phone(string phone, List<InvalidInputError> errors)
    {
        var digits = phone.Count(char.IsAsciiDigit);
        if (phone.Length > 25 || digits is < 5 or > 15 || phone.Any(c => !char.IsAsciiDigit(c) && c is not ('+' or ' ' or '-' or '.' or '(' or ')')))
        {
            errors.Add(new("phone", "Enter a phone number of 5 to 15 digits (spaces, +, -, . and parentheses allowed)."));
        }
    }

    public static void Address(AddressFields address, List<InvalidInputError> errors)
    {
        Length("label", address.Label, 0, 50, errors);
        Length("line1", address.Line1, 1, 200, errors);
        Length("line2", address.Line2, 0, 200, errors);
        Length("city", address.City, 1, 100, errors);
        Length("region", address.Region, 0, 100, errors);
        Length("postalCode", address.PostalCode, 1, 20, errors);
        if (address.Country.Length != 2 || !address.Country.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new("country", "The country must be an ISO 3166-1 alpha-2 code such as DE or US."));
        }
    }

    /// <summary>Trims; empty becomes null (for optional fields).</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Length(string field, string? value, int min, int max, List<InvalidInputError> errors)
    {
        var length = value?.Length ?? 0;
        if (length < min || length > max)
        {
            errors.Add(new(field, min > 0 ? $"{field} must have {min} to {max} characters." : $"{field} must have at most {max} characters."));
        }
    }
}
