namespace ECommerce.Products.Types;

/// <summary>Page sizes of the product connections (<c>Query.products</c>, <c>Category.products</c>).</summary>
public static class ProductPaging
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;
}
