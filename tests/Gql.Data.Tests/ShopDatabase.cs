using ECommerce.Testing;
using Gql.Data.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace Gql.Data.Tests;

/// <summary>One seeded shop database on the test assembly's PostgreSQL server (the tests only read it).</summary>
public sealed class ShopDatabase : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();

    public SqlLog Log { get; } = new();

    public DbContextOptions<ShopDbContext> Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var connectionString = await _postgres.CreateDatabaseAsync("data");
        Options = new DbContextOptionsBuilder<ShopDbContext>().UseNpgsql(connectionString).AddInterceptors(Log).Options;
        await using var db = new ShopDbContext(Options);
        await db.Database.EnsureCreatedAsync();
        db.Brands.AddRange(ShopData.Brands.Select(b => new Brand { Id = b.Id, Name = b.Name, Country = b.Country }));
        db.Products.AddRange(ShopData.Products.Select(p => new Product
        {
            Id = p.Id, Name = p.Name, Price = p.Price, Stock = p.Stock, Featured = p.Featured, Status = p.Status, CreatedAt = p.CreatedAt,
            Sku = p.Sku, Code = p.Code, BrandId = p.BrandId,
            Reviews = p.Reviews.Select(r => new Review { Id = r.Id, ProductId = r.ProductId, Stars = r.Stars, Text = r.Text }).ToList(),
        }));
        db.Customers.AddRange(ShopData.Customers.Select(c => new Customer
        {
            Id = c.Id, Name = c.Name,
            Orders = c.Orders.Select(o => new Order { Id = o.Id, CustomerId = o.CustomerId, Total = o.Total, PlacedAt = o.PlacedAt }).ToList(),
        }));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _postgres.DisposeAsync();
}
