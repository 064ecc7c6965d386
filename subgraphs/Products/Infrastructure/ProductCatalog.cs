using ECommerce.Products.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ECommerce.Products.Infrastructure;

/// <summary>
/// Writes products for the admin mutations, each call on a short-lived context of its own. The database
/// decides the races: the unique SKU index reports a duplicate, the category foreign key an unknown
/// category, a missing row a product deleted in the meantime.
/// </summary>
public sealed class ProductCatalog(DbContextOptions<ProductsContext> options, TimeProvider time)
{
    public async Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = new ProductsContext(options);
        return await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <param name="fields">Valid fields (<see cref="Types.ProductRules.Validate"/> found nothing).</param>
    public async Task<ProductWrite> CreateAsync(ProductFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        await using var db = new ProductsContext(options);
        var product = new Product
        {
            Id = Guid.CreateVersion7(),
            Sku = fields.Sku,
            Name = fields.Name,
            Description = fields.Description,
            Currency = CatalogSeed.Currency,
            CreatedAt = time.GetUtcNow(),
        };
        Apply(product, fields);
        db.Products.Add(product);
        return await SaveAsync(db, product, cancellationToken);
    }

    /// <param name="fields">Valid fields (<see cref="Types.ProductRules.Validate"/> found nothing).</param>
    public async Task<ProductWrite> UpdateAsync(Guid id, ProductFields fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        await using var db = new ProductsContext(options);
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return new(ProductWriteOutcome.NotFound);
        }

        Apply(product, fields);
        return await SaveAsync(db, product, cancellationToken);
    }

    public async Task<ProductWrite> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = new ProductsContext(options);
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return new(ProductWriteOutcome.NotFound);
        }

        db.Products.Remove(product);
        return await SaveAsync(db, product, cancellationToken);
    }

    private static void Apply(Product product, ProductFields fields)
    {
        product.Sku = fields.Sku;
        product.Name = fields.Name;
        product.Description = fields.Description;
        product.Price = fields.Price;
        product.CategoryId = Guid.Parse(fields.CategoryId);
        product.ImageUrl = fields.ImageUrl;
    }

    private static async Task<ProductWrite> SaveAsync(ProductsContext db, Product product, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(ProductWriteOutcome.Saved, product);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The row was deleted between reading and writing it.
            return new(ProductWriteOutcome.NotFound);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ProductsContext.SkuIndexName })
        {
            return new(ProductWriteOutcome.DuplicateSku);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation, ConstraintName: ProductsContext.CategoryForeignKeyName })
        {
            return new(ProductWriteOutcome.UnknownCategory);
        }
    }
}
