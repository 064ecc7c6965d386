using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;

namespace Gql.Types.CodeFirst;

/// <summary>
/// Converts coerced GraphQL input values (CLR primitives, <c>IReadOnlyList&lt;object?&gt;</c>, input
/// objects) to the CLR type a resolver parameter or an input property declares.
/// </summary>
public static class ClrValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<IEnumerable, object>> ListFactories = new();

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

        var underlying = Nullable.GetUnderlyingType(target);
        if (underlying is not null)
        {
            return Convert(value, underlying);
        }

        if (target.IsEnum)
        {
            return value is string name ? Enum.Parse(target, name, ignoreCase: true) : Enum.ToObject(target, value);
        }

        if (target != typeof(string) && value is IEnumerable items && value is not string && TryGetElementType(target, out _))
        {
            return ConvertList(items, target);
        }

        return ConvertScalar(value, target);
    }

    private static object ConvertScalar(object value, Type target)
    {
        switch (value)
        {
            case string text when target == typeof(Guid):
                return Guid.Parse(text, CultureInfo.InvariantCulture);
            case string text when target == typeof(Uri):
                return new Uri(text, UriKind.RelativeOrAbsolute);
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
                throw new InvalidCastException($"Cannot convert a value of type {value.GetType().Name} to {target.Name}.");
        }
    }

    private static object ConvertList(IEnumerable items, Type target)
        => ListFactories.GetOrAdd(target, CreateListFactory)(items);

    private static Func<IEnumerable, object> CreateListFactory(Type target)
    {
        TryGetElementType(target, out var elementType);
        var element = elementType!;
        if (target.IsArray)
        {
            return items =>
            {
                var buffer = ToList(items, element);
                var array = Array.CreateInstance(element, buffer.Count);
                buffer.CopyTo(array, 0);
                return array;
            };
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(HashSet<>))
        {
            return items => Activator.CreateInstance(target, ToList(items, element))!;
        }

        return items => ToList(items, element);
    }

    private static IList ToList(IEnumerable items, Type element)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            list.Add(Convert(item, element));
        }

        return list;
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
}
