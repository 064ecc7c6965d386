using ECommerce.Products.Model;
using ECommerce.ServiceDefaults.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ECommerce.Products.Infrastructure;

/// <summary>
/// The catalog a fresh shop starts with: <see cref="SeedCatalog.CategoryCount"/> categories and
/// <see cref="SeedCatalog.ProductCount"/> products (ids and SKUs from <see cref="SeedCatalog"/>),
/// generated from <see cref="CatalogWords"/> the same way every time. Runs at every start: once the
/// catalog has categories it changes nothing (an admin's edits and deletions stay); otherwise it inserts
/// everything in one transaction with one statement per table.
/// </summary>
public sealed class CatalogSeed(ILogger<CatalogSeed> logger)
{
    public const string Currency = "EUR";

    private static readonly DateTimeOffset FirstCreatedAt = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private static readonly decimal[] Cents = [0.99m, 0.49m, 0.95m, 0.00m];

    private const string InsertCategories = """
        INSERT INTO categories (id, name, slug)
        SELECT * FROM unnest(@ids, @names, @slugs)
        ON CONFLICT DO NOTHING
        """;

    private const string InsertProducts = """
        INSERT INTO products (id, sku, name, description, price, currency, category_id, image_url, created_at)
        SELECT s.id, s.sku, s.name, s.description, s.price, @currency, s.category_id, s.image_url, s.created_at
        FROM unnest(@ids, @skus, @names, @descriptions, @prices, @category_ids, @image_urls, @created_ats)
            AS s(id, sku, name, description, price, category_id, image_url, created_at)
        ON CONFLICT DO NOTHING
        """;

    public static IReadOnlyList<Category> Categories()
        => Enumerable.Range(1, SeedCatalog.CategoryCount)
            .Select(number => new Category { Id = SeedCatalog.CategoryId(number), Name = Words(number).Name, Slug = Words(number).Slug })
            .ToList();

    /// <summary>Seeded product <paramref name="number"/> (1-based): category <c>(number - 1) % 24 + 1</c>, the k-th product of it.</summary>
    public static Product SeededProduct(int number)
    {
        var categoryNumber = (number - 1) % SeedCatalog.CategoryCount + 1;
        var c = categoryNumber - 1;
        var k = (number - 1) / SeedCatalog.CategoryCount;
        var words = Words(categoryNumber);
        var lines = CatalogWords.Lines;
        var brand = CatalogWords.Brands[(k + 3 * (k / lines.Count) + c) % CatalogWords.Brands.Count];
        var name = $"{brand} {lines[k % lines.Count]} {words.Nouns[k % words.Nouns.Count]}";
        var features = words.Features;
        var first = k % features.Count;
        var description = $"The {name} combines {features[first]} and {features[(first + 1) % features.Count]}, with {features[(first + 2) % features.Count]}. {words.Usage}";
        var step = (k * 37 + c * 11) % 100 / 100m;
        var price = decimal.Floor(words.MinPrice + (words.MaxPrice - words.MinPrice) * step) + Cents[(k + c) % Cents.Length];
        var sku = SeedCatalog.ProductSku(number);
        return new Product
        {
            Id = SeedCatalog.ProductId(number),
            Sku = sku,
            Name = name,
            Description = description,
            Price = price,
            Currency = Currency,
            CategoryId = SeedCatalog.CategoryId(categoryNumber),
            ImageUrl = $"https://images.shop.example/products/{sku.ToLowerInvariant()}.jpg",
            CreatedAt = FirstCreatedAt.AddHours(3 * (number - 1)),
        };
    }

    public async Task RunAsync(ProductsContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await context.Categories.AnyAsync(cancellationToken))
        {
            return;
        }

        var categories = Categories();
        var products = Enumerable.Range(1, SeedCatalog.ProductCount).Select(SeededProduct).ToList();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync(
            InsertCategories,
            [
                new NpgsqlParameter("ids", categories.Select(c => c.Id).ToArray()),
                new NpgsqlParameter("names", categories.Select(c => c.Name).ToArray()),
                new NpgsqlParameter("slugs", categories.Select(c => c.Slug).ToArray()),
            ],
            cancellationToken);
        var inserted = await context.Database.ExecuteSqlRawAsync(
            InsertProducts,
            [
                new NpgsqlParameter("currency", Currency),
                new NpgsqlParameter("ids", products.Select(p => p.Id).ToArray()),
                new NpgsqlParameter("skus", products.Select(p => p.Sku).ToArray()),
                new NpgsqlParameter("names", products.Select(p => p.Name).ToArray()),
                new NpgsqlParameter("descriptions", products.Select(p => p.Description).ToArray()),
                new NpgsqlParameter("prices", products.Select(p => p.Price).ToArray()),
                new NpgsqlParameter("category_ids", products.Select(p => p.CategoryId).ToArray()),
                new NpgsqlParameter("image_urls", products.Select(p => p.ImageUrl!).ToArray()),
                new NpgsqlParameter("created_ats", products.Select(p => p.CreatedAt).ToArray()),
            ],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the catalog: {Categories} categories, {Products} products", categories.Count, inserted);
    }

    private static SeedCategory Words(int categoryNumber) => CatalogWords.Categories[categoryNumber - 1];
}
