using ECommerce.Products.Model;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Products.Infrastructure;

/// <summary>The Products service's database ("products"): categories and products. Schema by <see cref="Migrations.InitialProductsMigration"/>.</summary>
public sealed class ProductsContext(DbContextOptions<ProductsContext> options) : DbContext(options)
{
    /// <summary>The text search configuration of the search column and of the queries against it.</summary>
    public const string SearchConfiguration = "english";

    /// <summary>Names weigh more than descriptions when results are ranked.</summary>
    public const string SearchVectorSql = "setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', description), 'B')";

    public const string SkuIndexName = "ix_products_sku";

    public const string CategoryForeignKeyName = "fk_products_categories_category_id";

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Category> Categories => Set<Category>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Category>(category =>
        {
            category.ToTable("categories");
            category.HasKey(c => c.Id).HasName("pk_categories");
            category.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
            category.Property(c => c.Name).HasColumnName("name").HasMaxLength(100);
            category.Property(c => c.Slug).HasColumnName("slug").HasMaxLength(100);
            category.HasIndex(c => c.Slug).IsUnique().HasDatabaseName("ix_categories_slug");
        });

        modelBuilder.Entity<Product>(product =>
        {
            product.ToTable("products");
            product.HasKey(p => p.Id).HasName("pk_products");
            product.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
            product.Property(p => p.Sku).HasColumnName("sku").HasMaxLength(40);
            product.Property(p => p.Name).HasColumnName("name").HasMaxLength(200);
            product.Property(p => p.Description).HasColumnName("description").HasMaxLength(4000);
            product.Property(p => p.Price).HasColumnName("price").HasPrecision(10, 2);
            product.Property(p => p.Currency).HasColumnName("currency").HasMaxLength(3);
            product.Property(p => p.CategoryId).HasColumnName("category_id");
            product.Property(p => p.ImageUrl).HasColumnName("image_url").HasMaxLength(500);
            product.Property(p => p.CreatedAt).HasColumnName("created_at");
            product.Property(p => p.SearchVector).HasColumnName("search_vector").HasComputedColumnSql(SearchVectorSql, stored: true);
            product.HasIndex(p => p.Sku).IsUnique().HasDatabaseName(SkuIndexName);
            product.HasIndex(p => p.CategoryId).HasDatabaseName("ix_products_category_id");
            product.HasIndex(p => p.SearchVector).HasDatabaseName("ix_products_search_vector").HasMethod("gin");
            product.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId)
                .HasConstraintName(CategoryForeignKeyName).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
