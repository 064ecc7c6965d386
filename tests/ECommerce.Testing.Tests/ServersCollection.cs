using ECommerce.Testing;

namespace ECommerce.Testing.Tests;

/// <summary>The test assembly's shared PostgreSQL and Redis servers.</summary>
[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<PostgresFixture>, ICollectionFixture<RedisFixture>
{
    public const string Name = "servers";
}
