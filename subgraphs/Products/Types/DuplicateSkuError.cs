namespace ECommerce.Products.Types;

/// <summary>Another product already has this SKU.</summary>
public sealed record DuplicateSkuError(string Sku) : IError, ICreateProductError, IUpdateProductError
{
    public string Message => $"Another product already has the SKU {Sku}.";
}
