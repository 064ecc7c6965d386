using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>One shop (five subgraphs and the gateway) for every test of the project; the tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ShopStackCollection : ICollectionFixture<ShopStack>
{
    public const string Name = "shop stack";
}
