using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gql.AspNetCore;

/// <summary>GraphQL over WebSocket registration on <see cref="IRequestExecutorBuilder"/>.</summary>
public static class SocketRequestExecutorBuilderExtensions
{
    /// <summary>Adds an <see cref="ISocketSessionInterceptor"/> (a singleton service); interceptors run in the order added.</summary>
    public static IRequestExecutorBuilder AddSocketSessionInterceptor<T>(this IRequestExecutorBuilder builder)
        where T : class, ISocketSessionInterceptor
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<T>();
        builder.Services.Configure<SocketSessionSetup>(builder.Name, setup => setup.InterceptorTypes.Add(typeof(T)));
        return builder;
    }
}
