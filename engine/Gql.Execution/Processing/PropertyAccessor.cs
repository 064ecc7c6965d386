using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Gql.Execution;

/// <summary>A compiled getter for one CLR member, cached per type and GraphQL field name.</summary>
internal sealed class PropertyAccessor
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyAccessor> Cache = new();

    private readonly Func<object, object?>? _getter;

    private PropertyAccessor(Type type, Func<object, object?>? getter)
    {
        Type = type;
        _getter = getter;
    }

    public Type Type { get; }

    public object? Get(object instance) => _getter?.Invoke(instance);

    public static PropertyAccessor For(Type type, string fieldName)
        => Cache.GetOrAdd((type, fieldName), static key => new PropertyAccessor(key.Item1, Compile(key.Item1, key.Item2)));

    private static Func<object, object?>? Compile(Type type, string name)
    {
        var member = FindMember(type, name, StringComparison.Ordinal) ?? FindMember(type, name, StringComparison.OrdinalIgnoreCase);
        if (member is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var typed = Expression.Convert(instance, type);
        Expression access = member switch
        {
            PropertyInfo property => Expression.Property(typed, property),
            FieldInfo field => Expression.Field(typed, field),
            MethodInfo method => Expression.Call(typed, method),
            _ => throw new InvalidOperationException(),
        };
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), instance).Compile();
    }

    private static MemberInfo? FindMember(Type type, string name, StringComparison comparison)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.FlattenHierarchy;
        foreach (var property in type.GetProperties(flags))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead && string.Equals(property.Name, name, comparison))
            {
                return property;
            }
        }

        foreach (var field in type.GetFields(flags))
        {
            if (string.Equals(field.Name, name, comparison))
            {
                return field;
            }
        }

        foreach (var method in type.GetMethods(flags))
        {
            if (method.GetParameters().Length == 0 && method.ReturnType != typeof(void) && !method.IsGenericMethodDefinition
                && method.DeclaringType != typeof(object) && !method.IsSpecialName && string.Equals(method.Name, name, comparison))
            {
                return method;
            }
        }

        return null;
    }
}
