namespace ECommerce.Products.Tests;

[CollectionDefinition(Name)]
public sealed class ProductsAppCollection : ICollectionFixture<ProductsServerFixture>
{
    public const string Name = "products app";
}
