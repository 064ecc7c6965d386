using Microsoft.EntityFrameworkCore;

namespace Gql.Data.Tests.Model;

public sealed class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
{
    public DbSet<Brand> Brands => Set<Brand>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Product>().Property(p => p.Status).HasConversion<string>();
        modelBuilder.Entity<Product>().HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.ProductId);
        modelBuilder.Entity<Customer>().HasMany(c => c.Orders).WithOne().HasForeignKey(o => o.CustomerId);
    }
}
