using Gql.Execution;
using Gql.Types;
using Gql.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gql.AspNetCore;

/// <summary>The schema and option methods of <see cref="IRequestExecutorBuilder"/> (Hot Chocolate names).</summary>
public static class RequestExecutorBuilderExtensions
{
    /// <summary>Runs <paramref name="configure"/> on the <see cref="SchemaBuilder"/> when the schema is built.</summary>
    public static IRequestExecutorBuilder ConfigureSchema(this IRequestExecutorBuilder builder, Action<IServiceProvider, SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure<RequestExecutorSetup>(builder.Name, setup => setup.SchemaActions.Add(configure));
        return builder;
    }

    public static IRequestExecutorBuilder ConfigureSchema(this IRequestExecutorBuilder builder, Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.ConfigureSchema((_, schema) => configure(schema));
    }

    public static IRequestExecutorBuilder AddQueryType<T>(this IRequestExecutorBuilder builder) where T : class
        => builder.ConfigureSchema(schema => schema.AddQueryType<T>());

    public static IRequestExecutorBuilder AddMutationType<T>(this IRequestExecutorBuilder builder) where T : class
        => builder.ConfigureSchema(schema => schema.AddMutationType<T>());

    public static IRequestExecutorBuilder AddSubscriptionType<T>(this IRequestExecutorBuilder builder) where T : class
        => builder.ConfigureSchema(schema => schema.AddSubscriptionType<T>());

    public static IRequestExecutorBuilder AddTypeExtension<T>(this IRequestExecutorBuilder builder) where T : class
        => builder.ConfigureSchema(schema => schema.AddTypeExtension<T>());

    public static IRequestExecutorBuilder AddType<T>(this IRequestExecutorBuilder builder)
        => builder.ConfigureSchema(schema => schema.AddType<T>());

    /// <summary>Adds a type built in code (for example a custom scalar).</summary>
    public static IRequestExecutorBuilder AddType(this IRequestExecutorBuilder builder, NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return builder.ConfigureSchema(schema => schema.AddType(type));
    }

    public static IRequestExecutorBuilder AddDocumentFromString(this IRequestExecutorBuilder builder, string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return builder.ConfigureSchema(schema => schema.AddDocumentFromString(sdl));
    }

    public static IRequestExecutorBuilder AddResolver(this IRequestExecutorBuilder builder, string typeName, string fieldName, FieldResolverDelegate resolver)
        => builder.ConfigureSchema(schema => schema.AddResolver(typeName, fieldName, resolver));

    /// <summary>Resolver parameters of type <typeparamref name="T"/> are injected services, not arguments.</summary>
    public static IRequestExecutorBuilder RegisterService<T>(this IRequestExecutorBuilder builder)
        => builder.ConfigureSchema(schema => schema.RegisterService<T>());

    /// <summary>Changes the executor's options (timeout, exception details, caches, ...).</summary>
    public static IRequestExecutorBuilder ModifyRequestOptions(this IRequestExecutorBuilder builder, Action<RequestExecutorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure<RequestExecutorSetup>(builder.Name, setup => setup.RequestOptionsActions.Add(configure));
        return builder;
    }

    /// <summary>Adds an <see cref="IHttpRequestInterceptor"/> (a singleton service); interceptors run in the order added.</summary>
    public static IRequestExecutorBuilder AddHttpRequestInterceptor<T>(this IRequestExecutorBuilder builder)
        where T : class, IHttpRequestInterceptor
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<T>();
        builder.Services.Configure<RequestExecutorSetup>(builder.Name, setup => setup.InterceptorTypes.Add(typeof(T)));
        return builder;
    }

    /// <summary>Changes the HTTP transport's options (GET, batching, ?sdl, body size limit).</summary>
    public static IRequestExecutorBuilder ModifyServerOptions(this IRequestExecutorBuilder builder, Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure<RequestExecutorSetup>(builder.Name, setup => setup.ServerOptionsActions.Add(configure));
        return builder;
    }
}
