namespace ECommerce.ServiceDefaults.Seeding;

/// <summary>
/// The identities of the seeded catalog, shared by the services that seed data about the same
/// products (Products owns them; Inventory seeds their stock; tests and clients refer to them)
/// without calling each other at start-up. Product <c>n</c> (1-based) always has the same id and SKU.
/// </summary>
public static class SeedCatalog
{
    /// <summary>How many products the Products service seeds.</summary>
    public const int ProductCount = 1200;

    /// <summary>How many categories the seeded products are spread over.</summary>
    public const int CategoryCount = 24;

    /// <summary>The id of seeded product <paramref name="number"/>: <c>00000000-0000-4000-8000-00000000000n</c>.</summary>
    public static Guid ProductId(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, ProductCount);
        return Guid.Parse($"00000000-0000-4000-8000-{number:D12}");
    }

    /// <summary>The SKU of seeded product <paramref name="number"/>: <c>SKU-00001</c> ...</summary>
    public static string ProductSku(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, ProductCount);
        return $"SKU-{number:D5}";
    }

    /// <summary>The id of seeded category <paramref name="number"/>: <c>00000000-0000-4000-9000-00000000000n</c>.</summary>
    public static Guid CategoryId(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, CategoryCount);
        return Guid.Parse($"00000000-0000-4000-9000-{number:D12}");
    }
}
