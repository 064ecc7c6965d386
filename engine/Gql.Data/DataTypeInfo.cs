using System.Collections;
using System.Reflection;
using Gql.Types;

namespace Gql.Data;

/// <summary>What the data attributes need to know about the CLR types a resolver returns.</summary>
internal static class DataTypeInfo
{
    /// <summary>The item type of <c>IQueryable&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, <c>Page&lt;T&gt;</c> or <c>Connection&lt;T&gt;</c>.</summary>
    public static Type GetItemType(ObjectFieldDescriptor descriptor, string attribute)
    {
        var type = descriptor.ResultType;
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Page<>)))
        {
            return type.GetGenericArguments()[0];
        }

        return TryGetEnumerableItemType(type)
            ?? throw new SchemaException([Gql.Language.GraphQLError.WithCode(
                $"[{attribute}] on {descriptor.DeclaringType.Name}.{descriptor.Field.Name} needs a resolver that returns IQueryable<T>, IEnumerable<T> or Page<T>, not {type.Name}.",
                Gql.Language.ErrorCodes.SchemaInvalid)]);
    }

    public static Type? TryGetEnumerableItemType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    /// <summary>The item type of a collection property (not of a string), or null.</summary>
    public static Type? GetCollectionItemType(Type type)
        => type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null : TryGetEnumerableItemType(type);

    /// <summary>Whether a property's type is a GraphQL leaf (scalar or enum), following the code-first mapping.</summary>
    public static bool IsLeaf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
               || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(Uri);
    }

    /// <summary>The public readable properties that become GraphQL fields (not ignored, not indexers).</summary>
    public static IEnumerable<PropertyInfo> GetFieldProperties(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"
                        && !p.IsDefined(typeof(GraphQLIgnoreAttribute), inherit: true))
            .OrderBy(p => p.GetMethod!.MetadataToken);

    /// <summary>The key property: <c>[Key]</c>, else <c>Id</c>, else <c>&lt;Type&gt;Id</c>.</summary>
    public static PropertyInfo? GetKeyProperty(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return properties.FirstOrDefault(p => p.IsDefined(typeof(System.ComponentModel.DataAnnotations.KeyAttribute), inherit: true))
               ?? properties.FirstOrDefault(p => p.Name == "Id")
               ?? properties.FirstOrDefault(p => p.Name == type.Name + "Id");
    }
}
