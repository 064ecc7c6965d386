namespace Gql.Data.Tests.Model;

/// <summary>The seed rows, also used in memory to compute what each query must return.</summary>
public static class ShopData
{
    public static IReadOnlyList<Brand> Brands { get; } =
    [
        new() { Id = 1, Name = "Acme", Country = "US" },
        new() { Id = 2, Name = "Globex", Country = "DE" },
        new() { Id = 3, Name = "Initech", Country = "US" },
    ];

    public static IReadOnlyList<Product> Products { get; } = Enumerable.Range(1, 30).Select(i => new Product
    {
        Id = i,
        Name = $"Product {i:00}" + (i % 5 == 0 ? " Pro" : string.Empty),
        Price = (i % 7 * 10) + 9.99m,
        Stock = i * 3 % 11,
        Featured = i % 4 == 0,
        Status = (ProductStatus)(i % 3),
        CreatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
        Sku = new Guid(i, 0, 0, new byte[8]),
        Code = $"P{i:000}",
        BrandId = (i % 3) + 1,
        Reviews = Enumerable.Range(1, i % 4).Select(k => new Review { Id = (i * 10) + k, ProductId = i, Stars = ((i + k) % 5) + 1, Text = $"review {k}" }).ToList(),
    }).ToList();

    public static IReadOnlyList<Customer> Customers { get; } = Enumerable.Range(1, 100).Select(i => new Customer
    {
        Id = i,
        Name = $"Customer {i:000}",
        Orders = Enumerable.Range(1, 7).Select(k => new Order
        {
            Id = (i * 100) + k,
            CustomerId = i,
            Total = (k * 10) + i,
            PlacedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours((k * 7 % 10) + (i * 0.01)),
        }).ToList(),
    }).ToList();

    public static Brand BrandOf(Product product) => Brands.Single(b => b.Id == product.BrandId);
}
