using System.Text.Json.Nodes;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types.Resolvers;

namespace Gql.Types.Tests.Introspection;

/// <summary>
/// Just enough of an executor to run introspection queries over the schema model in these tests:
/// fields, arguments from literals and defaults, fragment spreads, lists, non-null, leaf serialization.
/// </summary>
internal sealed class MiniExecutor(Schema schema)
{
    private Dictionary<string, FragmentDefinitionNode> _fragments = [];

    public JsonObject Execute(string query)
    {
        var document = Parser.Parse(query);
        _fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return ExecuteSelectionSet(schema.QueryType, null, operation.SelectionSet, operation);
    }

    private JsonObject ExecuteSelectionSet(ObjectType type, object? parent, SelectionSetNode selectionSet, OperationDefinitionNode operation)
    {
        var result = new JsonObject();
        foreach (var field in CollectFields(selectionSet))
        {
            var definition = type.Fields[field.Name.Value]
                ?? (IntrospectionFields.TryGetMetaField(schema, type, field.Name.Value, out var meta) ? meta : null)
                ?? throw new InvalidOperationException($"Unknown field {type.Name}.{field.Name.Value}.");
            var context = new TestResolverContext(schema, type, definition, parent, CoerceArguments(definition, field), operation, [field]);
            var value = definition.Resolver is { } resolver
                ? resolver(context).AsTask().GetAwaiter().GetResult()
                : throw new InvalidOperationException($"Field {type.Name}.{definition.Name} has no resolver.");
            result[field.ResponseName] = Complete(definition.Type, value, field, operation);
        }

        return result;
    }

    private JsonNode? Complete(IType type, object? value, FieldNode field, OperationDefinitionNode operation)
    {
        if (type is NonNullType nonNull)
        {
            return Complete(nonNull.OfType, value ?? throw new InvalidOperationException($"Null for non-null field {field.Name.Value}."), field, operation);
        }

        if (value is null)
        {
            return null;
        }

        return type switch
        {
            ListType list => new JsonArray(((System.Collections.IEnumerable)value).Cast<object?>().Select(item => Complete(list.OfType, item, field, operation)).ToArray()),
            ScalarType scalar => JsonValue.Create(scalar.Serialize(value)),
            EnumType enumType => JsonValue.Create(enumType.GetValueByRuntimeValue(value)!.Name),
            ObjectType objectType => ExecuteSelectionSet(objectType, value, field.SelectionSet!, operation),
            _ => throw new InvalidOperationException($"Cannot complete {type}."),
        };
    }

    private IEnumerable<FieldNode> CollectFields(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    yield return field;
                    break;
                case FragmentSpreadNode spread:
                    foreach (var inner in CollectFields(_fragments[spread.Name.Value].SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
                case InlineFragmentNode inline:
                    foreach (var inner in CollectFields(inline.SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static Dictionary<string, object?> CoerceArguments(OutputField definition, FieldNode field)
    {
        var arguments = new Dictionary<string, object?>();
        foreach (var argument in definition.Arguments)
        {
            var literal = field.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name)?.Value ?? argument.DefaultValue;
            if (literal is not null && argument.Type.NamedType() is ScalarType scalar)
            {
                arguments[argument.Name] = literal is NullValueNode ? null : scalar.ParseLiteral(literal);
            }
        }

        return arguments;
    }
}
