namespace Gql.Data.Tests;

/// <summary>The data tests share one seeded database and one SQL log, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ShopCollection : ICollectionFixture<ShopDatabase>
{
    public const string Name = "shop";
}
