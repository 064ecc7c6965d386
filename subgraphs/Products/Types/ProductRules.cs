using ECommerce.Products.Model;

namespace ECommerce.Products.Types;

/// <summary>What createProduct and updateProduct accept; each broken rule is one <see cref="InvalidInputError"/> naming the input field.</summary>
internal static class ProductRules
{
    public const int MaxSkuLength = 40;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxImageUrlLength = 500;

    /// <summary>The largest price numeric(10,2) holds.</summary>
    public const decimal MaxPrice = 99_999_999.99m;

    public static readonly InvalidInputError UnknownCategory = new("categoryId", "No category has this id.");

    /// <summary>Trims every text; SKUs are upper case; an empty image URL means none.</summary>
    public static ProductFields Normalize(ProductFields fields) => fields with
    {
        Sku = fields.Sku.Trim().ToUpperInvariant(),
        Name = fields.Name.Trim(),
        Description = fields.Description.Trim(),
        CategoryId = fields.CategoryId.Trim(),
        ImageUrl = string.IsNullOrWhiteSpace(fields.ImageUrl) ? null : fields.ImageUrl.Trim(),
    };

    public static List<InvalidInputError> Validate(ProductFields fields)
    {
        var errors = new List<InvalidInputError>();
        if (fields.Sku.Length is 0 or > MaxSkuLength || !fields.Sku.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors.Add(new("sku", $"The SKU must have 1 to {MaxSkuLength} characters: letters, digits and dashes."));
        }

        if (fields.Name.Length is 0 or > MaxNameLength)
        {
            errors.Add(new("name", $"The name must have 1 to {MaxNameLength} characters."));
        }

        if (fields.Description.Length > MaxDescriptionLength)
        {
            errors.Add(new("description", $"The description must have at most {MaxDescriptionLength} characters."));
        }

        if (fields.Price < 0 || fields.Price > MaxPrice || decimal.Round(fields.Price, 2) != fields.Price)
        {
            errors.Add(new("price", $"The price must be between 0 and {MaxPrice} EUR, in whole cents."));
        }

        if (!Guid.TryParse(fields.CategoryId, out _))
        {
            errors.Add(UnknownCategory);
        }

        if (fields.ImageUrl is { } url
            && (url.Length > MaxImageUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors.Add(new("imageUrl", $"The image URL must be an absolute http or https URL of at most {MaxImageUrlLength} characters."));
        }

        return errors;
    }
}
