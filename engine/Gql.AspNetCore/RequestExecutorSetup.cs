using Gql.Execution;
using Gql.Types;

namespace Gql.AspNetCore;

/// <summary>What the builder collected for one schema name (a named options instance).</summary>
internal sealed class RequestExecutorSetup
{
    public List<Action<IServiceProvider, SchemaBuilder>> SchemaActions { get; } = [];

    public List<Action<RequestExecutorOptions>> RequestOptionsActions { get; } = [];

    public List<Action<GraphQLServerOptions>> ServerOptionsActions { get; } = [];

    public List<Type> InterceptorTypes { get; } = [];
}
