using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Gql.Types;

namespace Gql.Execution;

/// <summary>
/// Converts coerced input values (primitives, enum runtime values, input maps, lists) to the CLR
/// type a resolver asks for: numeric widening, enums by name, records and classes from maps,
/// arrays and lists. Conversions are planned once per target type.
/// </summary>
public static class ValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>> Converters = new();

    public static T Convert<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default!;
        }

        return (T)Convert(value, typeof(T))!;
    }

    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        return Converters.GetOrAdd(target, static t => CreateConverter(t))(value);
    }

    private static Func<object, object?> CreateConverter(Type target)
    {
        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            return value => Convert(value, underlying);
        }

        if (target.IsEnum)
        {
            return value => ConvertEnum(value, target);
        }

        if (target == typeof(Guid))
        {
            return value => value is string s ? Guid.Parse(s, CultureInfo.InvariantCulture) : throw Invalid(value, target);
        }

        if (target == typeof(DateTimeOffset))
        {
            return value => value is string s ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture) : throw Invalid(value, target);
        }

        if (target == typeof(Uri))
        {
            return value => new Uri(value.ToString()!, UriKind.RelativeOrAbsolute);
        }

        if (typeof(IConvertible).IsAssignableFrom(target))
        {
            return value => value is IConvertible
                ? System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture)
                : throw Invalid(value, target);
        }

        if (target.IsArray)
        {
            var elementType = target.GetElementType()!;
            return value => ToArray(value, elementType);
        }

        if (GetListElementType(target) is { } listElement)
        {
            return value => ToList(value, listElement, target);
        }

        return CreateObjectConverter(target);
    }

    private static object ConvertEnum(object value, Type target)
    {
        switch (value)
        {
            case string name:
                if (Enum.TryParse(target, name, ignoreCase: false, out var exact))
                {
                    return exact!;
                }

                var normalized = Normalize(name);
                foreach (var member in Enum.GetNames(target))
                {
                    if (Normalize(member) == normalized)
                    {
                        return Enum.Parse(target, member);
                    }
                }

                throw Invalid(value, target);
            case Enum other:
                return ConvertEnum(other.ToString(), target);
            default:
                return Enum.ToObject(target, value);
        }
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static Array ToArray(object value, Type elementType)
    {
        var items = value is IEnumerable enumerable and not string ? enumerable.Cast<object?>().ToList() : [value];
        var array = Array.CreateInstance(elementType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(Convert(items[i], elementType), i);
        }

        return array;
    }

    private static object ToList(object value, Type elementType, Type target)
    {
        var listType = typeof(List<>).MakeGenericType(elementType);
        var list = (IList)(target.IsAssignableFrom(listType) ? Activator.CreateInstance(listType)! : Activator.CreateInstance(target)!);
        var items = value is IEnumerable enumerable and not string ? enumerable : new[] { value };
        foreach (var item in items)
        {
            list.Add(Convert(item, elementType));
        }

        return list;
    }

    private static Type? GetListElementType(Type target)
    {
        if (target.IsGenericType)
        {
            var definition = target.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>))
            {
                return target.GetGenericArguments()[0];
            }
        }

        return null;
    }

    // Input maps become records (constructor parameters by name) or classes (settable properties).
    private static Func<object, object?> CreateObjectConverter(Type target)
    {
        var constructor = target.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        var parameters = constructor?.GetParameters() ?? [];
        var properties = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .ToArray();

        return value =>
        {
            if (value is not IReadOnlyDictionary<string, object?> map)
            {
                throw Invalid(value, target);
            }

            var arguments = new object?[parameters.Length];
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                if (TryGet(map, parameter.Name!, out var argument))
                {
                    arguments[i] = Convert(argument, parameter.ParameterType);
                    used.Add(parameter.Name!);
                }
                else
                {
                    arguments[i] = parameter.HasDefaultValue ? parameter.DefaultValue : Convert(null, parameter.ParameterType);
                }
            }

            var instance = constructor is null ? Activator.CreateInstance(target)! : constructor.Invoke(arguments);
            foreach (var property in properties)
            {
                if (!used.Contains(property.Name) && TryGet(map, property.Name, out var propertyValue))
                {
                    property.SetValue(instance, Convert(propertyValue, property.PropertyType));
                }
            }

            return instance;
        };
    }

    private static bool TryGet(IReadOnlyDictionary<string, object?> map, string name, out object? value)
    {
        if (map.TryGetValue(name, out value))
        {
            return true;
        }

        foreach (var pair in map)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = pair.Value;
                return true;
            }
        }

        return false;
    }

    private static InvalidCastException Invalid(object value, Type target)
        => new($"Cannot convert {Inspector.Inspect(value)} to {target.Name}.");
}
