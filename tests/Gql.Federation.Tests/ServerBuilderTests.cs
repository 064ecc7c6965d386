using Gql.AspNetCore;
using Gql.FederationComposition.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Federation.Tests;

/// <summary>The server builder's AddApolloFederation()/AddGlobalObjectIdentification() build the same schema as the SchemaBuilder ones.</summary>
public sealed class ServerBuilderTests
{
    [Theory]
    [InlineData("products")]
    [InlineData("reviews")]
    public void The_server_builder_gives_the_same_subgraph_sdl(string name)
    {
        var services = new ServiceCollection();
        services.AddSubgraph(name);
        using var provider = services.BuildServiceProvider();
        using var expected = new SubgraphFixture(name);

        var schema = provider.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema;

        Assert.Equal(FederationSchemaPrinter.PrintApolloSubgraph(expected.Schema), FederationSchemaPrinter.PrintApolloSubgraph(schema));
        Assert.Equal(FederationSchemaPrinter.PrintSourceSchema(expected.Schema), FederationSchemaPrinter.PrintSourceSchema(schema));
    }
}
