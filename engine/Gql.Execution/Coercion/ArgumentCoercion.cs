using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Execution;

/// <summary>CoerceArgumentValues (spec section 6.4.1), with graphql-js's messages.</summary>
public static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>
    /// Coerces the arguments given to a field or directive. Arguments without a value and without
    /// a default are left out. Throws <see cref="GraphQLException"/> on an invalid argument.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<Argument> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode owner)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            CoerceArgument(definition, arguments, variables, owner, coerced);
        }

        return coerced;
    }

    /// <summary>True when any argument value contains a variable (so the coercion depends on the request).</summary>
    public static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (ContainsVariable(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static void CoerceArgument(
        Argument definition,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode owner,
        Dictionary<string, object?> coerced)
    {
        var name = definition.Name;
        var argumentNode = Find(arguments, name);
        if (argumentNode is null)
        {
            if (definition.DefaultValue is not null)
            {
                coerced[name] = ValueCoercion.GetDefaultValue(definition);
            }
            else if (definition.Type is NonNullType)
            {
                throw Error($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", owner);
            }

            return;
        }

        var valueNode = argumentNode.Value;
        var isNull = valueNode is NullValueNode;
        if (valueNode is VariableNode variable)
        {
            var variableName = variable.Name.Value;
            if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = ValueCoercion.GetDefaultValue(definition);
                }
                else if (definition.Type is NonNullType)
                {
                    throw Error(
                        $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                        valueNode);
                }

                return;
            }

            isNull = variableValue is null;
        }

        if (isNull && definition.Type is NonNullType)
        {
            throw Error($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode);
        }

        if (!ValueCoercion.TryValueFromAst(valueNode, definition.Type, variables, out var value))
        {
            throw Error($"Argument \"{name}\" has invalid value {SyntaxPrinter.Print(valueNode)}.", valueNode);
        }

        coerced[name] = value;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static GraphQLException Error(string message, SyntaxNode node)
        => new(GraphQLError.WithCode(message, ErrorCodes.BadUserInput, SyntaxHelpers.LocationsOf(node)));
}
