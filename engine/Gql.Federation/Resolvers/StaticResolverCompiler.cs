using System.Linq.Expressions;
using System.Reflection;
using Gql.Types.CodeFirst;

namespace Gql.Federation;

/// <summary>
/// Compiles a static resolver method once into a delegate: input parameters (chosen by the caller)
/// take values from an array, already converted to their types; <see cref="IResolverContext"/>,
/// <see cref="CancellationToken"/> and <see cref="IServiceProvider"/> come from the context; every
/// other parameter is a service (DataLoaders, repositories) from the request's services.
/// </summary>
internal static class StaticResolverCompiler
{
    private static readonly MethodInfo ServiceMethod = typeof(ResolverAdapters).GetMethod(nameof(ResolverAdapters.Service))!;
    private static readonly PropertyInfo ServicesProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Services))!;
    private static readonly PropertyInfo AbortedProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.RequestAborted))!;

    public static StaticResolver Compile(MethodInfo method, Func<ParameterInfo, bool> isInput)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var values = Expression.Parameter(typeof(object?[]), "values");
        var inputs = new List<ParameterInfo>();
        var arguments = new List<Expression>();
        foreach (var parameter in method.GetParameters())
        {
            var type = parameter.ParameterType;
            if (type == typeof(IResolverContext))
            {
                arguments.Add(context);
            }
            else if (type == typeof(CancellationToken))
            {
                arguments.Add(Expression.Property(context, AbortedProperty));
            }
            else if (type == typeof(IServiceProvider))
            {
                arguments.Add(Expression.Property(context, ServicesProperty));
            }
            else if (!IsService(parameter) && isInput(parameter))
            {
                arguments.Add(Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(inputs.Count)), type));
                inputs.Add(parameter);
            }
            else
            {
                arguments.Add(Expression.Call(ServiceMethod.MakeGenericMethod(type), context));
            }
        }

        var body = AdaptResult(Expression.Call(method, arguments), method.ReturnType);
        return new StaticResolver(inputs, Expression.Lambda<Func<IResolverContext, object?[], ValueTask<object?>>>(body, context, values).Compile());
    }

    /// <summary>Whether a parameter is a service by declaration: <see cref="ServiceAttribute"/> on it or its type, or an interface.</summary>
    public static bool IsService(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        return parameter.IsDefined(typeof(ServiceAttribute), inherit: true)
            || type.IsDefined(typeof(ServiceAttribute), inherit: true)
            || type.GetInterfaces().Any(i => i.IsDefined(typeof(ServiceAttribute), inherit: false))
            || (type.IsInterface && !ClrValueConverter.TryGetElementType(type, out _) && type != typeof(IReadOnlyDictionary<string, object?>));
    }

    private static Expression AdaptResult(Expression call, Type type)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            var name = type.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(ResolverAdapters.FromTask) : nameof(ResolverAdapters.FromValueTask);
            var adapter = typeof(ResolverAdapters).GetMethods()
                .Single(m => m.Name == name && m.IsGenericMethodDefinition)
                .MakeGenericMethod(type.GetGenericArguments()[0]);
            return Expression.Call(adapter, call);
        }

        return Expression.Call(typeof(ResolverAdapters).GetMethod(nameof(ResolverAdapters.FromValue))!, Expression.Convert(call, typeof(object)));
    }
}
