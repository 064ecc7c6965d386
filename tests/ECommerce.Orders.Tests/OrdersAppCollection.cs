namespace ECommerce.Orders.Tests;

[CollectionDefinition(Name)]
public sealed class OrdersAppCollection : ICollectionFixture<OrdersServerFixture>
{
    public const string Name = "orders app";
}
