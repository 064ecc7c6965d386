namespace ECommerce.Inventory.Tests;

[CollectionDefinition(Name)]
public sealed class InventoryAppCollection : ICollectionFixture<InventoryServerFixture>
{
    public const string Name = "inventory app";
}
