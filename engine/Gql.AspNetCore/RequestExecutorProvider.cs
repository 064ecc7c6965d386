using System.Collections.Concurrent;
using Gql.Execution;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gql.AspNetCore;

/// <summary>
/// Builds each registered schema and its <see cref="RequestExecutor"/> once, on first use, and
/// hands them to the transports (HTTP here; WebSocket and SSE use the same executor).
/// </summary>
public sealed class RequestExecutorProvider
{
    private readonly IServiceProvider _services;
    private readonly IOptionsMonitor<RequestExecutorSetup> _setups;
    private readonly ConcurrentDictionary<string, Lazy<GraphQLServer>> _servers = new(StringComparer.Ordinal);

    internal RequestExecutorProvider(IServiceProvider services, IOptionsMonitor<RequestExecutorSetup> setups)
    {
        _services = services;
        _setups = setups;
    }

    /// <summary>The executor of the named schema (the default one when null); builds it the first time.</summary>
    public RequestExecutor GetExecutor(string? schemaName = null) => GetServer(schemaName).Executor;

    /// <summary>The HTTP options of the named schema.</summary>
    public GraphQLServerOptions GetServerOptions(string? schemaName = null) => GetServer(schemaName).Options;

    internal GraphQLServer GetServer(string? schemaName)
    {
        var name = schemaName ?? GraphQLServerDefaults.SchemaName;
        return _servers.GetOrAdd(name, n => new Lazy<GraphQLServer>(() => Build(n))).Value;
    }

    private GraphQLServer Build(string name)
    {
        var setup = _setups.Get(name);
        var builder = SchemaBuilder.New();
        foreach (var action in setup.SchemaActions)
        {
            action(_services, builder);
        }

        var requestOptions = new RequestExecutorOptions();
        foreach (var action in setup.RequestOptionsActions)
        {
            action(requestOptions);
        }

        var serverOptions = new GraphQLServerOptions();
        foreach (var action in setup.ServerOptionsActions)
        {
            action(serverOptions);
        }

        var interceptors = new IHttpRequestInterceptor[setup.InterceptorTypes.Count];
        for (var i = 0; i < interceptors.Length; i++)
        {
            interceptors[i] = (IHttpRequestInterceptor)_services.GetRequiredService(setup.InterceptorTypes[i]);
        }

        var executor = new RequestExecutor(builder.Build(), requestOptions, _services);
        return new GraphQLServer(executor, serverOptions, interceptors);
    }
}
