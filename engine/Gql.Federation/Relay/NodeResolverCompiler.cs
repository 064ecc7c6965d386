using System.Linq.Expressions;
using System.Reflection;
using Gql.Types.CodeFirst;

namespace Gql.Federation;

/// <summary>
/// Compiles a <see cref="NodeResolverAttribute"/> method once into a delegate taking the resolver
/// context and the key text: the key (already converted to <see cref="NodeResolver.KeyType"/>) goes to the first plain parameter,
/// the context, cancellation token and services to the others.
/// </summary>
internal static class NodeResolverCompiler
{
    private static readonly MethodInfo ServiceMethod = typeof(ResolverAdapters).GetMethod(nameof(ResolverAdapters.Service))!;
    private static readonly PropertyInfo ServicesProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Services))!;
    private static readonly PropertyInfo AbortedProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.RequestAborted))!;

    public static NodeResolver Compile(MethodInfo method)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var key = Expression.Parameter(typeof(object), "key");
        Type? keyType = null;
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
            else if (keyType is null && !IsService(parameter))
            {
                keyType = type;
                arguments.Add(Expression.Convert(key, type));
            }
            else
            {
                arguments.Add(Expression.Call(ServiceMethod.MakeGenericMethod(type), context));
            }
        }

        if (keyType is null)
        {
            throw new InvalidOperationException($"The node resolver {method.DeclaringType?.Name}.{method.Name} needs a parameter for the key.");
        }

        var call = Expression.Call(method, arguments);
        var load = Expression.Lambda<Func<IResolverContext, object?, ValueTask<object?>>>(AdaptResult(call, method.ReturnType), context, key).Compile();
        return new NodeResolver(keyType, load);
    }

    private static bool IsService(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        return parameter.IsDefined(typeof(ServiceAttribute), inherit: true)
            || type.IsDefined(typeof(ServiceAttribute), inherit: true)
            || type.GetInterfaces().Any(i => i.IsDefined(typeof(ServiceAttribute), inherit: false))
            || (type.IsInterface && !ClrValueConverter.TryGetElementType(type, out _));
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
