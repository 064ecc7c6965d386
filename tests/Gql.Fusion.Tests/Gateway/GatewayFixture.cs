using Gql.Fusion.Tests.Hosting;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>One gateway with the four sample subgraphs, shared by the tests of a class that do not stop anything.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public GatewayHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
