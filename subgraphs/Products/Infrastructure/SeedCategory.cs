namespace ECommerce.Products.Infrastructure;

/// <summary>What the seed makes the products of one category from: the kinds of article, their features, a line on use, a price range in EUR.</summary>
public sealed record SeedCategory(
    string Name,
    string Slug,
    IReadOnlyList<string> Nouns,
    IReadOnlyList<string> Features,
    string Usage,
    decimal MinPrice,
    decimal MaxPrice);
