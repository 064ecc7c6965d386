using Gql.Types.Resolvers;

namespace Gql.Types.CodeFirst;

/// <summary>
/// Supplies the object a resolver method runs on for root types and type extensions: the parent
/// when it already is one, else a registered service, else one instance created on first use
/// (constructor parameters from the request's services).
/// </summary>
public sealed class ResolverInstance<T>
    where T : class
{
    private T? _created;

    public T Get(IResolverContext context)
    {
        if (context.ParentValue is T parent)
        {
            return parent;
        }

        if (context.Services.GetService(typeof(T)) is T service)
        {
            return service;
        }

        return _created ??= Create(context.Services);
    }

    private static T Create(IServiceProvider services)
    {
        var constructor = typeof(T).GetConstructors().OrderBy(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no public constructor.");
        var arguments = constructor.GetParameters()
            .Select(p => services.GetService(p.ParameterType)
                ?? throw new InvalidOperationException($"{typeof(T).Name} needs the service {p.ParameterType.Name}, which is not registered."))
            .ToArray();
        return (T)constructor.Invoke(arguments);
    }
}
