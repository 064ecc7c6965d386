using ECommerce.Orders.Model;
using ECommerce.Orders.Types;

namespace ECommerce.Orders.Infrastructure.Checkout;

/// <summary>What checkout accepts; each broken rule is one <see cref="InvalidInputError"/> naming the input field.</summary>
internal static class CheckoutRules
{
    public static List<ICheckoutError> Validate(CheckoutInput input)
    {
        var errors = new List<ICheckoutError>();
        Length("idempotencyKey", input.IdempotencyKey.Trim(), 1, 100, errors);
        Length("paymentMethod", input.PaymentMethod.Trim(), 1, 100, errors);
        var address = ToAddress(input.ShippingAddress);
        Length("shippingAddress.name", address.Name, 1, 100, errors);
        Length("shippingAddress.line1", address.Line1, 1, 200, errors);
        Length("shippingAddress.line2", address.Line2, 0, 200, errors);
        Length("shippingAddress.city", address.City, 1, 100, errors);
        Length("shippingAddress.region", address.Region, 0, 100, errors);
        Length("shippingAddress.postalCode", address.PostalCode, 1, 20, errors);
        if (address.Country.Length != 2 || !address.Country.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new InvalidInputError("shippingAddress.country", "The country must be an ISO 3166-1 alpha-2 code such as DE or US."));
        }

        return errors;
    }

    public static ShippingAddress ToAddress(ShippingAddressInput input) => new()
    {
        Name = input.Name.Trim(),
        Line1 = input.Line1.Trim(),
        Line2 = Clean(input.Line2),
        City = input.City.Trim(),
        Region = Clean(input.Region),
        PostalCode = input.PostalCode.Trim(),
        Country = input.Country.Trim().ToUpperInvariant(),
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Length(string field, string? value, int min, int max, List<ICheckoutError> errors)
    {
        var length = value?.Length ?? 0;
        if (length < min || length > max)
        {
            errors.Add(new InvalidInputError(field, min > 0 ? $"{field} must have {min} to {max} characters." : $"{field} must have at most {max} characters."));
        }
    }
}
