using Gql.AspNetCore;
using Gql.Fusion.Metadata;
using Gql.Execution;
using Gql.Fusion.Planning;
using Gql.Language.Syntax;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Fusion.Execution;

/// <summary>Turns a GraphQL server registration into the federation gateway of a <see cref="FusionSchema"/>.</summary>
public static class FusionGatewayRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Serves the public schema of <paramref name="schema"/>: every query and mutation is planned
    /// into subgraph requests, run, and completed from the merged results. Custom scalars pass
    /// subgraph values through unchanged.
    /// </summary>
    public static IRequestExecutorBuilder AddFusionGateway(this IRequestExecutorBuilder builder, FusionSchema schema, Action<FusionGatewayOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(schema);
        var options = new FusionGatewayOptions();
        configure?.Invoke(options);
        var clients = new SubgraphClients(schema, options);
        var executor = new PlanExecutor(clients, options.EntityBatching);
        var provider = new FusionRootValueProvider(new QueryPlanCache(new QueryPlanner(schema)), executor, options);

        builder.ConfigureSchema(schemaBuilder =>
        {
            schemaBuilder.AddDocument(schema.PublicSchema);
            foreach (var definition in schema.PublicSchema.Definitions)
            {
                if (definition is ScalarTypeDefinitionNode scalar)
                {
                    schemaBuilder.AddScalar(new SdlScalarType(scalar.Name.Value));
                }
            }

            // Merged results are keyed by response names (aliases kept in subgraph documents): the
            // default resolver reads them directly; a failed fetch left a GraphQLException there,
            // which the executor reports at the field's path.
            schemaBuilder.Configure(built =>
            {
                built.ContextData[ExecutionSchemaKeys.DictionaryKeysAreResponseNames] = true;
                if (built.SubscriptionType is { } subscription)
                {
                    foreach (var field in subscription.Fields)
                    {
                        field.Subscriber = GatewaySubscription.Subscribe;
                    }
                }
            });
        });
        builder.ModifyRequestOptions(o => o.RootValueProvider = provider);
        builder.Services.AddSingleton(clients);
        builder.Services.AddSingleton(executor);
        builder.Services.AddSingleton(provider);
        return builder;
    }
}
