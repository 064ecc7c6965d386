using Gql.Fusion.Execution;
using Gql.Fusion.Tests.Hosting;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>
/// Three gateways in front of the same four sample subgraphs: the default one (in-place merge,
/// alias batches), one with variable batches, and one that completes every result through the
/// executor (<see cref="FusionGatewayOptions.WriteResponsesDirectly"/> off): the reference.
/// </summary>
public sealed class InPlaceMergeFixture : IAsyncLifetime
{
    public GatewayHost InPlace { get; private set; } = null!;

    public GatewayHost VariableBatches { get; private set; } = null!;

    public GatewayHost Completed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        InPlace = await GatewayHost.StartAsync();
        VariableBatches = await GatewayHost.StartInFrontOfAsync(InPlace.Schema, options => options.EntityBatching = EntityBatching.VariableBatching);
        Completed = await GatewayHost.StartInFrontOfAsync(InPlace.Schema, options => options.WriteResponsesDirectly = false);
    }

    public async Task DisposeAsync()
    {
        await Completed.DisposeAsync();
        await VariableBatches.DisposeAsync();
        await InPlace.DisposeAsync();
    }
}
