using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gql.AspNetCore;

/// <summary><c>services.AddGraphQLServer()</c>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers a GraphQL server (one schema); configure it with the returned builder.</summary>
    public static IRequestExecutorBuilder AddGraphQLServer(this IServiceCollection services, string? schemaName = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton(sp => new RequestExecutorProvider(sp, sp.GetRequiredService<IOptionsMonitor<RequestExecutorSetup>>()));
        return new RequestExecutorBuilder(schemaName ?? GraphQLServerDefaults.SchemaName, services);
    }
}
