using ECommerce.ServiceDefaults.Seeding;

namespace ECommerce.ServiceDefaults.Tests;

public sealed class SeedCatalogTests
{
    [Fact]
    public void Product_ids_and_skus_are_stable_and_distinct()
    {
        // Act
        var ids = Enumerable.Range(1, SeedCatalog.ProductCount).Select(SeedCatalog.ProductId).ToHashSet();
        var skus = Enumerable.Range(1, SeedCatalog.ProductCount).Select(SeedCatalog.ProductSku).ToHashSet();

        // Assert
        Assert.Equal(SeedCatalog.ProductCount, ids.Count);
        Assert.Equal(SeedCatalog.ProductCount, skus.Count);
        Assert.Equal(Guid.Parse("00000000-0000-4000-8000-000000000042"), SeedCatalog.ProductId(42));
        Assert.Equal("SKU-00042", SeedCatalog.ProductSku(42));
        Assert.DoesNotContain(SeedCatalog.CategoryId(1), ids);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SeedCatalog.ProductCount + 1)]
    public void Numbers_outside_the_seed_are_refused(int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedCatalog.ProductId(number));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedCatalog.ProductSku(number));
    }
}
