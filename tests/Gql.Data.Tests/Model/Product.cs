namespace Gql.Data.Tests.Model;

public sealed class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public decimal Price { get; set; }

    public int Stock { get; set; }

    public bool Featured { get; set; }

    public ProductStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid Sku { get; set; }

    /// <summary>Read by <see cref="Label"/>, so projections always select it.</summary>
    [IsProjected(true)]
    public string Code { get; set; } = "";

    public int BrandId { get; set; }

    public Brand? Brand { get; set; }

    public List<Review> Reviews { get; set; } = [];

    public string Label() => $"[{Code}]";
}
