using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Gql.Types.CodeFirst;

/// <summary>
/// Converts coerced GraphQL input values (CLR primitives, enum runtime values or names,
/// <c>IReadOnlyList&lt;object?&gt;</c>, input maps) to the CLR type a resolver parameter, an input
/// property or <c>IResolverContext.ArgumentValue&lt;T&gt;</c> asks for: numeric widening, enums by
/// name, dates, ids and URLs from strings, arrays, lists and sets, and records or classes from input
/// maps. The conversion is planned once per target type.
/// </summary>
public static class ClrValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>> Converters = new();

    public static T? Convert<T>(object? value) => value is T typed ? typed : (T?)Convert(value, typeof(T));

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

    /// <summary>The element type of an array or a generic list/enumerable type (not of string).</summary>
    public static bool TryGetElementType(Type type, out Type? elementType)
    {
        elementType = null;
        if (type == typeof(string))
        {
            return false;
        }

        if (type.IsArray)
        {
            elementType = type.GetElementType();
            return true;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
                || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(List<>)
                || definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IQueryable<>)
                || definition == typeof(IAsyncEnumerable<>) || definition == typeof(IOrderedQueryable<>))
            {
                elementType = type.GetGenericArguments()[0];
                return true;
            }
        }

        return false;
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

        if (TryGetElementType(target, out var elementType))
        {
            return CreateListConverter(target, elementType!);
        }

        if (target == typeof(string) || target.IsPrimitive || target == typeof(decimal) || target == typeof(Guid)
            || target == typeof(Uri) || target == typeof(DateTimeOffset) || target == typeof(DateTime) || target == typeof(DateOnly)
            || typeof(IConvertible).IsAssignableFrom(target))
        {
            return value => ConvertScalar(value, target);
        }

        return CreateObjectConverter(target);
    }

    private static object ConvertScalar(object value, Type target)
    {
        switch (value)
        {
            case string text when target == typeof(Guid):
                return Guid.Parse(text, CultureInfo.InvariantCulture);
            case string text when target == typeof(DateTimeOffset):
                return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            case string text when target == typeof(DateTime):
                return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            case string text when target == typeof(DateOnly):
                return DateOnly.Parse(text, CultureInfo.InvariantCulture);
            case DateTimeOffset offset when target == typeof(DateTime):
                return offset.UtcDateTime;
            case DateTime dateTime when target == typeof(DateTimeOffset):
                return new DateTimeOffset(dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc) : dateTime);
            case Guid or Uri or DateTimeOffset or DateTime or DateOnly when target == typeof(string):
                return System.Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case IConvertible when typeof(IConvertible).IsAssignableFrom(target):
                return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            default:
                if (target == typeof(Uri))
                {
                    return new Uri(System.Convert.ToString(value, CultureInfo.InvariantCulture)!, UriKind.RelativeOrAbsolute);
                }

                throw Invalid(value, target);
        }
    }

    // Exact name first, then ignoring case and underscores (IN_STOCK binds InStock).
    private static object ConvertEnum(object value, Type target)
    {
        switch (value)
        {
            case string name:
                if (Enum.TryParse(target, name, ignoreCase: false, out var exact))
                {
                    return exact!;
                }

                var normalized = NormalizeEnumName(name);
                foreach (var member in Enum.GetNames(target))
                {
                    if (NormalizeEnumName(member) == normalized)
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

    private static string NormalizeEnumName(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    // A single value where a list is expected becomes a list of one (input coercion, spec 3.11).
    private static Func<object, object?> CreateListConverter(Type target, Type element)
    {
        var listType = typeof(List<>).MakeGenericType(element);
        Func<IList, object> finish = target.IsArray
            ? buffer =>
            {
                var array = Array.CreateInstance(element, buffer.Count);
                buffer.CopyTo(array, 0);
                return array;
            }
            : target.IsGenericType && target.GetGenericTypeDefinition() == typeof(HashSet<>)
                ? buffer => Activator.CreateInstance(target, buffer)!
                : buffer => buffer;

        return value =>
        {
            var items = value is IEnumerable enumerable and not string ? enumerable : new[] { value };
            var buffer = (IList)Activator.CreateInstance(listType)!;
            foreach (var item in items)
            {
                buffer.Add(Convert(item, element));
            }

            return finish(buffer);
        };
    }

    // Input maps become records (constructor parameters by name) or classes (settable properties).
    private static Func<object, object?> CreateObjectConverter(Type target)
    {
        if (target.IsAbstract || target.IsInterface)
        {
            return value => throw Invalid(value, target);
        }

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
                if (TryGetEntry(map, parameter.Name!, out var argument))
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
                if (!used.Contains(property.Name) && TryGetEntry(map, property.Name, out var propertyValue))
                {
                    property.SetValue(instance, Convert(propertyValue, property.PropertyType));
                }
            }

            return instance;
        };
    }

    private static bool TryGetEntry(IReadOnlyDictionary<string, object?> map, string name, out object? value)
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
