using System.Linq.Expressions;
using System.Reflection;
using Gql.Types.Resolvers;

namespace Gql.Types.CodeFirst;

/// <summary>
/// Compiles C# properties and methods into <see cref="FieldResolverDelegate"/>s once, at schema
/// build, so no reflection runs per field at execution time.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly MethodInfo ArgumentMethod = typeof(ResolverAdapters).GetMethod(nameof(ResolverAdapters.Argument))!;
    private static readonly MethodInfo ServiceMethod = typeof(ResolverAdapters).GetMethod(nameof(ResolverAdapters.Service))!;
    private static readonly MethodInfo ParentMethod = typeof(ResolverAdapters).GetMethod(nameof(ResolverAdapters.Parent))!;
    private static readonly MethodInfo FromValueMethod = typeof(ResolverAdapters).GetMethod(nameof(ResolverAdapters.FromValue))!;
    private static readonly PropertyInfo ParentValueProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.ParentValue))!;
    private static readonly PropertyInfo ServicesProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Services))!;
    private static readonly PropertyInfo AbortedProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.RequestAborted))!;

    public static FieldResolverDelegate CompileProperty(PropertyInfo property, Expression<Func<IResolverContext, object>>? instance)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var target = property.GetMethod!.IsStatic ? null : InstanceExpression(context, property.DeclaringType!, instance);
        var body = AdaptResult(Expression.Property(target, property), property.PropertyType);
        return Expression.Lambda<FieldResolverDelegate>(body, context).Compile();
    }

    public static FieldResolverDelegate CompileMethod(MethodInfo method, Expression<Func<IResolverContext, object>>? instance, Func<ParameterInfo, ParameterBinding> bind)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var body = AdaptResult(CallExpression(method, context, instance, bind), method.ReturnType);
        return Expression.Lambda<FieldResolverDelegate>(body, context).Compile();
    }

    public static SubscribeResolverDelegate CompileSubscriber(MethodInfo method, Type eventType, Expression<Func<IResolverContext, object>>? instance, Func<ParameterInfo, ParameterBinding> bind)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = CallExpression(method, context, instance, bind);
        var adapterName = method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? nameof(ResolverAdapters.FromStreamTask)
            : method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>)
                ? nameof(ResolverAdapters.FromStreamValueTask)
                : nameof(ResolverAdapters.FromStream);
        var adapter = typeof(ResolverAdapters).GetMethod(adapterName)!.MakeGenericMethod(eventType);
        return Expression.Lambda<SubscribeResolverDelegate>(Expression.Call(adapter, call), context).Compile();
    }

    private static MethodCallExpression CallExpression(MethodInfo method, ParameterExpression context, Expression<Func<IResolverContext, object>>? instance, Func<ParameterInfo, ParameterBinding> bind)
    {
        var target = method.IsStatic ? null : InstanceExpression(context, method.DeclaringType!, instance);
        var arguments = method.GetParameters().Select(p => ParameterExpression(context, p, bind(p)));
        return Expression.Call(target, method, arguments);
    }

    private static Expression InstanceExpression(ParameterExpression context, Type declaringType, Expression<Func<IResolverContext, object>>? instance)
    {
        Expression value = instance is null
            ? Expression.Property(context, ParentValueProperty)
            : Expression.Invoke(instance, context);
        return Expression.Convert(value, declaringType);
    }

    private static Expression ParameterExpression(ParameterExpression context, ParameterInfo parameter, ParameterBinding binding)
    {
        var type = parameter.ParameterType;
        return binding.Kind switch
        {
            ParameterBindingKind.Context => context,
            ParameterBindingKind.CancellationToken => Expression.Property(context, AbortedProperty),
            ParameterBindingKind.ServiceProvider => Expression.Property(context, ServicesProperty),
            ParameterBindingKind.Parent => Expression.Call(ParentMethod.MakeGenericMethod(type), context),
            ParameterBindingKind.Service => Expression.Call(ServiceMethod.MakeGenericMethod(type), context),
            _ => Expression.Call(ArgumentMethod.MakeGenericMethod(type), context, Expression.Constant(binding.ArgumentName)),
        };
    }

    private static Expression AdaptResult(Expression value, Type type)
    {
        if (type == typeof(void))
        {
            return Expression.Block(value, Expression.Default(typeof(ValueTask<object?>)));
        }

        if (type == typeof(Task) || type == typeof(ValueTask))
        {
            var name = type == typeof(Task) ? nameof(ResolverAdapters.FromTask) : nameof(ResolverAdapters.FromValueTask);
            return Expression.Call(typeof(ResolverAdapters).GetMethod(name, [type])!, value);
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            var name = type.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(ResolverAdapters.FromTask) : nameof(ResolverAdapters.FromValueTask);
            var adapter = typeof(ResolverAdapters).GetMethods()
                .Single(m => m.Name == name && m.IsGenericMethodDefinition)
                .MakeGenericMethod(type.GetGenericArguments()[0]);
            return Expression.Call(adapter, value);
        }

        return Expression.Call(FromValueMethod, Expression.Convert(value, typeof(object)));
    }
}
