namespace ECommerce.Products.Model;

/// <summary>The fields of a product an admin sets, after trimming (<see cref="Types.ProductRules.Normalize"/>).</summary>
public sealed record ProductFields(string Sku, string Name, string Description, decimal Price, string CategoryId, string? ImageUrl)
{
    public static ProductFields From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new(product.Sku, product.Name, product.Description, product.Price, product.CategoryId.ToString(), product.ImageUrl);
    }
}
