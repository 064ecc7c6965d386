using Gql.Execution;
using Gql.Language;

namespace Gql.Federation;

/// <summary>Calls <c>@lookup</c> fields with argument values taken from an entity's key fields.</summary>
internal static class LookupInvoker
{
    /// <summary>
    /// Resolves an entity of <paramref name="type"/> through its <see cref="ReferenceResolverAttribute"/>
    /// method, else through the first lookup whose arguments <paramref name="fields"/> (a representation:
    /// field name to value, nested for paths) supply.
    /// </summary>
    public static ValueTask<object?> ResolveAsync(IResolverContext context, ObjectType type, IReadOnlyDictionary<string, object?> fields)
    {
        if (type.ContextData.TryGetValue(ReferenceResolution.ResolverKey, out var value) && value is StaticResolver resolver)
        {
            return ReferenceResolution.InvokeAsync(context, type, resolver, fields);
        }

        foreach (var lookup in LookupIndex.For(context.Schema).GetLookups(type))
        {
            if (TryBindArguments(type, lookup, fields) is { } arguments)
            {
                return InvokeAsync(context, lookup, arguments);
            }
        }

        var given = string.Join(", ", fields.Keys.Where(k => k != "__typename"));
        throw new GraphQLException([GraphQLError.WithCode(
            $"Neither a [ReferenceResolver] nor a lookup field of \"{context.Schema.QueryType.Name}\" resolves \"{type.Name}\" from the fields {{{given}}}.",
            FederationErrorCodes.EntityResolverNotFound)]);
    }

    /// <summary>Runs a lookup field's resolver with already coerced argument values.</summary>
    public static ValueTask<object?> InvokeAsync(IResolverContext context, Lookup lookup, IReadOnlyDictionary<string, object?> arguments)
    {
        var resolver = lookup.Field.Resolver
            ?? throw new InvalidOperationException($"The lookup field {context.Schema.QueryType.Name}.{lookup.Field.Name} has no resolver.");
        return resolver(new FieldResolverContext(context, context.Schema.QueryType, lookup.Field, arguments));
    }

    /// <summary>The coerced arguments, or null when a required argument has no value in <paramref name="fields"/>.</summary>
    private static Dictionary<string, object?>? TryBindArguments(ObjectType type, Lookup lookup, IReadOnlyDictionary<string, object?> fields)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (argument, path) in lookup.Arguments)
        {
            if (!TryGetPath(fields, path, out var value))
            {
                if (argument.DefaultValue is not null)
                {
                    arguments[argument.Name] = ValueCoercion.GetDefaultValue(argument);
                }
                else if (argument.Type is NonNullType)
                {
                    return null;
                }

                continue;
            }

            arguments[argument.Name] = CoerceArgument(type, lookup.Field, argument, path, value);
        }

        return arguments;
    }

    /// <summary>Coerces a value from a representation to an argument's type; an invalid one is an <c>INVALID_ENTITY_REPRESENTATION</c> error.</summary>
    public static object? CoerceArgument(ObjectType type, OutputField field, Argument argument, IReadOnlyList<string> path, object? value)
    {
        var problems = new List<string>();
        var coerced = ValueCoercion.CoerceInputValue(value, argument.Type, (_, _, message) => problems.Add(message));
        if (problems.Count > 0)
        {
            throw new GraphQLException([GraphQLError.WithCode(
                $"The value of \"{string.Join('.', path)}\" of \"{type.Name}\" is not valid for the argument \"{argument.Name}\" of {field.Name}: {problems[0]}",
                FederationErrorCodes.InvalidRepresentation)]);
        }

        return coerced;
    }

    public static bool TryGetPath(IReadOnlyDictionary<string, object?> fields, IReadOnlyList<string> path, out object? value)
    {
        value = fields;
        foreach (var segment in path)
        {
            if (value is not IReadOnlyDictionary<string, object?> map || !map.TryGetValue(segment, out value))
            {
                value = null;
                return false;
            }
        }

        return true;
    }
}
