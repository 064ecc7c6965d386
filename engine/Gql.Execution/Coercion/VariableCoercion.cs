using System.Globalization;
using System.Text;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Execution;

/// <summary>CoerceVariableValues (spec section 6.1.2), with graphql-js's messages.</summary>
public static class VariableCoercion
{
    /// <summary>graphql-js aborts after this many variable errors.</summary>
    public const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>The coerced values of an operation that declares no variables.</summary>
    internal static IReadOnlyDictionary<string, object?> NoValues => Empty;

    /// <summary>
    /// Coerces the request's variable values for an operation. Returns the coerced values, or
    /// null with <paramref name="errors"/> set (code BAD_USER_INPUT) when any is invalid.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyList<GraphQLError> errors)
    {
        errors = [];
        if (definitions.Count == 0)
        {
            return Empty;
        }

        inputs ??= Empty;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var errorList = new List<GraphQLError>();
        try
        {
            foreach (var definition in definitions)
            {
                CoerceVariable(schema, definition, inputs, coerced, errorList);
            }
        }
        catch (TooManyErrorsException)
        {
            errorList.Add(GraphQLError.WithCode(
                "Too many errors processing variables, error limit reached. Execution aborted.", ErrorCodes.BadUserInput));
        }

        if (errorList.Count > 0)
        {
            errors = errorList;
            return null;
        }

        return coerced;
    }

    private static void CoerceVariable(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> inputs,
        Dictionary<string, object?> coerced,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeExtensions.TypeFromAst(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            Report(errors, $"Variable \"${name}\" expected value of type \"{SyntaxPrinter.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type);
            return;
        }

        if (!inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                coerced[name] = ValueCoercion.TryValueFromAst(definition.DefaultValue, type, null, out var defaultValue) ? defaultValue : null;
            }
            else if (type is NonNullType)
            {
                Report(errors, $"Variable \"${name}\" of required type \"{type}\" was not provided.", definition);
            }

            return;
        }

        if (value is null && type is NonNullType)
        {
            Report(errors, $"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition);
            return;
        }

        coerced[name] = ValueCoercion.CoerceInputValue(value, type, (path, invalidValue, message) =>
        {
            var prefix = new StringBuilder($"Variable \"${name}\" got invalid value ").Append(Inspector.Inspect(invalidValue));
            if (path.Count > 0)
            {
                prefix.Append(" at \"").Append(name).Append(PrintPath(path)).Append('"');
            }

            Report(errors, prefix.Append("; ").Append(message).ToString(), definition);
        });
    }

    private static void Report(List<GraphQLError> errors, string message, SyntaxNode node)
    {
        if (errors.Count >= MaxErrors)
        {
            throw new TooManyErrorsException();
        }

        errors.Add(GraphQLError.WithCode(message, ErrorCodes.BadUserInput, SyntaxHelpers.LocationsOf(node)));
    }

    private static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }

    private sealed class TooManyErrorsException : Exception;
}
