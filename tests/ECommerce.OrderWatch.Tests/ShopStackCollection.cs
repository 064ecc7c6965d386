using ECommerce.Shop.Testing;

namespace ECommerce.OrderWatch.Tests;

/// <summary>The whole shop (five subgraphs and the gateway) for the tests that run the client against it.</summary>
[CollectionDefinition(Name)]
public sealed class ShopStackCollection : ICollectionFixture<ShopStack>
{
    public const string Name = "shop stack";
}
