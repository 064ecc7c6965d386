using System.Linq.Expressions;
using System.Reflection;

namespace Gql.Types.CodeFirst;

/// <summary>
/// Builds the compiled factory that turns a coerced input object (a field map) into its C# record
/// or class: constructor parameters first, then settable properties for the fields given.
/// </summary>
internal static class InputObjectFactory
{
    /// <summary>The key in <see cref="InputValue.ContextData"/> holding the C# property name of an input field.</summary>
    public const string ClrMemberKey = "Gql.ClrMember";

    private static readonly MethodInfo ConvertMethod = typeof(ClrValueConverter).GetMethod(nameof(ClrValueConverter.Convert), [typeof(object), typeof(Type)])!;
    private static readonly MethodInfo TryGetValueMethod = typeof(IReadOnlyDictionary<string, object?>).GetMethod("TryGetValue")!;

    public static ConstructorInfo SelectConstructor(Type clrType)
        => clrType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
           ?? throw new InvalidOperationException($"The input type {clrType.Name} has no public constructor.");

    /// <summary>Properties that are filled by the constructor or can be set afterwards, in declaration order.</summary>
    public static IEnumerable<PropertyInfo> GetInputProperties(Type clrType, ConstructorInfo constructor)
    {
        var parameterNames = constructor.GetParameters().Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"
                        && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null
                        && (parameterNames.Contains(p.Name) || p.SetMethod is { IsPublic: true }))
            .OrderBy(p => p.MetadataToken);
    }

    public static Func<IReadOnlyDictionary<string, object?>, object> Compile(Type clrType, ConstructorInfo constructor, InputObjectType inputType)
    {
        var fieldsByMember = inputType.Fields.ToDictionary(f => (string)f.ContextData[ClrMemberKey]!, f => f.Name, StringComparer.OrdinalIgnoreCase);
        var map = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var instance = Expression.Variable(clrType, "instance");
        var value = Expression.Variable(typeof(object), "value");
        var body = new List<Expression>();

        var arguments = constructor.GetParameters().Select(p => ReadField(map, value, fieldsByMember.GetValueOrDefault(p.Name!), p.ParameterType, p.HasDefaultValue ? p.DefaultValue : null));
        body.Add(Expression.Assign(instance, Expression.New(constructor, arguments)));

        var constructorNames = constructor.GetParameters().Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in GetInputProperties(clrType, constructor).Where(p => !constructorNames.Contains(p.Name)))
        {
            var fieldName = fieldsByMember[property.Name];
            var found = Expression.Call(map, TryGetValueMethod, Expression.Constant(fieldName), value);
            var assign = Expression.Assign(Expression.Property(instance, property), ConvertValue(value, property.PropertyType));
            body.Add(Expression.IfThen(found, assign));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        var block = Expression.Block([instance, value], body);
        return Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(block, map).Compile();
    }

    private static Expression ReadField(ParameterExpression map, ParameterExpression value, string? fieldName, Type type, object? defaultValue)
    {
        var fallback = Expression.Constant(defaultValue is null && type.IsValueType ? Activator.CreateInstance(type) : defaultValue, type);
        if (fieldName is null)
        {
            return fallback;
        }

        var found = Expression.Call(map, TryGetValueMethod, Expression.Constant(fieldName), value);
        return Expression.Condition(found, ConvertValue(value, type), fallback);
    }

    private static UnaryExpression ConvertValue(ParameterExpression value, Type type)
        => Expression.Convert(Expression.Call(ConvertMethod, value, Expression.Constant(type, typeof(Type))), type);
}
