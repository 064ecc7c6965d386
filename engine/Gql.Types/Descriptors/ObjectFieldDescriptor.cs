using System.Reflection;
using Gql.Types.Resolvers;

namespace Gql.Types;

/// <summary>
/// A field being declared from a C# property or method, handed to <see cref="ObjectFieldDescriptorAttribute"/>s:
/// they may change its type and arguments, add directives, and wrap its resolver with middleware.
/// </summary>
public sealed class ObjectFieldDescriptor
{
    private readonly List<FieldMiddleware> _middleware = [];

    public ObjectFieldDescriptor(IDescriptorContext context, ComplexOutputType declaringType, OutputField field, MemberInfo member)
    {
        Context = context;
        DeclaringType = declaringType;
        Field = field;
        Member = member;
        ResultType = UnwrapAsync(member switch
        {
            PropertyInfo property => property.PropertyType,
            MethodInfo method => method.ReturnType,
            _ => typeof(object),
        });
    }

    public IDescriptorContext Context { get; }

    public ComplexOutputType DeclaringType { get; }

    public OutputField Field { get; }

    public MemberInfo Member { get; }

    /// <summary>The CLR type the member produces, without <c>Task</c>/<c>ValueTask</c>.</summary>
    public Type ResultType { get; }

    public IReadOnlyList<FieldMiddleware> Middleware => _middleware;

    /// <summary>Adds a middleware; middleware added earlier runs first (outermost).</summary>
    public ObjectFieldDescriptor Use(FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Builds the resolver: the middleware around <paramref name="resolver"/>.</summary>
    public FieldResolverDelegate Compose(FieldResolverDelegate resolver)
    {
        for (var i = _middleware.Count - 1; i >= 0; i--)
        {
            resolver = _middleware[i](resolver);
        }

        return resolver;
    }

    private static Type UnwrapAsync(Type type)
        => type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;
}
