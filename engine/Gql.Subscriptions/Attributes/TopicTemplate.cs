using System.Globalization;
using System.Reflection;
using System.Text;
using Gql.Types;
using Gql.Types.CodeFirst;

namespace Gql.Subscriptions;

/// <summary>
/// The topic of a <see cref="SubscribeAttribute"/> field as literal text and argument references,
/// resolved per subscription from the field's coerced argument values.
/// </summary>
internal sealed class TopicTemplate
{
    private static readonly HashSet<Type> TopicValueTypes =
    [
        typeof(string), typeof(bool), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(decimal), typeof(float), typeof(double), typeof(Guid), typeof(DateTime),
        typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(Uri),
    ];

    // Each part is literal text (IsArgument false) or the name of an argument whose value goes there.
    private readonly List<(string Text, bool IsArgument)> _parts;

    private TopicTemplate(List<(string Text, bool IsArgument)> parts)
    {
        _parts = parts;
    }

    /// <summary>Builds the template of <paramref name="method"/>'s field; problems are returned as schema error messages.</summary>
    public static TopicTemplate Create(MethodInfo method, OutputField field, out List<string> errors)
    {
        errors = [];
        var parts = new List<(string Text, bool IsArgument)>();
        var name = method.GetCustomAttribute<TopicAttribute>()?.Name;
        if (name is null)
        {
            parts.Add((method.Name, false));
        }
        else
        {
            ParseTemplate(name, field, parts, errors, $"{method.DeclaringType?.Name}.{method.Name}");
        }

        foreach (var parameter in method.GetParameters().Where(p => p.IsDefined(typeof(TopicAttribute))))
        {
            var argumentName = NameConventions.GetArgumentName(parameter);
            if (!field.Arguments.Contains(argumentName))
            {
                errors.Add($"The [Topic] parameter \"{parameter.Name}\" of {method.DeclaringType?.Name}.{method.Name} is not a GraphQL argument of the field.");
                continue;
            }

            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (!type.IsEnum && !TopicValueTypes.Contains(type))
            {
                errors.Add($"The [Topic] parameter \"{parameter.Name}\" of {method.DeclaringType?.Name}.{method.Name} has type {type.Name}; a topic part must be a scalar or enum value.");
                continue;
            }

            parts.Add(("_", false));
            parts.Add((argumentName, true));
        }

        return new TopicTemplate(parts);
    }

    /// <summary>The topic for one subscription, from the field's coerced argument values.</summary>
    public string Format(IReadOnlyDictionary<string, object?> arguments)
    {
        var topic = new StringBuilder();
        foreach (var (text, isArgument) in _parts)
        {
            topic.Append(isArgument ? FormatValue(arguments.GetValueOrDefault(text)) : text);
        }

        return topic.ToString();
    }

    internal static string FormatValue(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void ParseTemplate(string template, OutputField field, List<(string Text, bool IsArgument)> parts, List<string> errors, string owner)
    {
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                parts.Add((template[position..], false));
                return;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                errors.Add($"The topic template \"{template}\" of {owner} has a \"{{\" without a closing \"}}\".");
                return;
            }

            if (open > position)
            {
                parts.Add((template[position..open], false));
            }

            var argumentName = template[(open + 1)..close];
            if (!field.Arguments.Contains(argumentName))
            {
                errors.Add($"The topic template \"{template}\" of {owner} refers to \"{{{argumentName}}}\", which is not an argument of the field \"{field.Name}\".");
            }

            parts.Add((argumentName, true));
            position = close + 1;
        }
    }
}
