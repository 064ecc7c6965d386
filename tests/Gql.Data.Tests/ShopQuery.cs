using Gql.Data.Tests.Model;
using Gql.Types;
using Microsoft.EntityFrameworkCore;

namespace Gql.Data.Tests;

public sealed class ShopQuery
{
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Product> GetProducts([Service] ShopDbContext db) => db.Products;

    [UseOffsetPaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Product> GetProductPage([Service] ShopDbContext db) => db.Products.OrderBy(p => p.Id);

    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Brand> GetBrands([Service] ShopDbContext db) => db.Brands;

    [UsePaging(RequirePagingBoundaries = true, MaxPageSize = 5)]
    public IQueryable<Review> GetReviews([Service] ShopDbContext db) => db.Reviews;

    public Task<List<Customer>> GetCustomers([Service] ShopDbContext db, CancellationToken cancellationToken)
        => db.Customers.OrderBy(c => c.Id).ToListAsync(cancellationToken);
}
