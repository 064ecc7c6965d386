using System.Globalization;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.CostAnalysis;

/// <summary>
/// Walks one operation: fields are collected per concrete type like execution does (fragments,
/// @skip/@include, same response names merged); an abstract type costs as much as its most
/// expensive possible type.
/// </summary>
internal sealed class CostWalker
{
    private readonly Schema _schema;
    private readonly OperationDefinitionNode _operation;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly CostOptions _options;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly List<GraphQLError> _errors = [];

    public CostWalker(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        _schema = schema;
        _operation = operation;
        _variables = variables;
        _options = options;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public OperationCost Run(ObjectType root)
    {
        var (fieldCost, typeCost) = ObjectCost(root, [_operation.SelectionSet], null, 0);
        return new OperationCost(fieldCost, TypeWeight(root) + typeCost, _errors);
    }

    private (double Field, double Type) SelectionSetCost(NamedType type, List<SelectionSetNode> sets, IReadOnlyList<string>? sizedFields, double sizedSize)
    {
        if (type is ObjectType objectType)
        {
            return ObjectCost(objectType, sets, sizedFields, sizedSize);
        }

        double field = 0, typeCost = 0;
        foreach (var possible in _schema.GetPossibleTypes(type))
        {
            var (f, t) = ObjectCost(possible, sets, sizedFields, sizedSize);
            field = Math.Max(field, f);
            typeCost = Math.Max(typeCost, t);
        }

        return (field, typeCost);
    }

    private (double Field, double Type) ObjectCost(ObjectType type, List<SelectionSetNode> sets, IReadOnlyList<string>? sizedFields, double sizedSize)
    {
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            CollectFields(type, set, groups, visited);
        }

        double fieldCost = 0, typeCost = 0;
        foreach (var nodes in groups.Values)
        {
            var isSized = sizedFields is not null && sizedFields.Contains(nodes[0].Name.Value);
            var (f, t) = FieldCost(type, nodes, isSized ? sizedSize : null);
            fieldCost += f;
            typeCost += t;
        }

        return (fieldCost, typeCost);
    }

    private (double Field, double Type) FieldCost(ObjectType parent, List<FieldNode> nodes, double? sizedSize)
    {
        var node = nodes[0];
        if (node.Name.Value.StartsWith("__", StringComparison.Ordinal) || !parent.Fields.TryGetField(node.Name.Value, out var field))
        {
            return (0, 0); // __typename and introspection carry no cost.
        }

        var type = field.Type.NamedType();
        var isComposite = type.IsCompositeType();
        // An object type's @cost is its type weight (type cost); a scalar's or enum's is the weight of fields returning it.
        var weight = Weight(field.Directives) ?? (isComposite ? 1 : Weight(type.Directives) ?? 0);
        weight += ArgumentsCost(field, node);
        if (!isComposite)
        {
            return (weight, 0);
        }

        var (size, sizedFields) = ListSize(field, node);

        // Sized fields (a connection's edges and nodes) take the list size of the field that declared
        // them; the declaring field itself is one object.
        var multiplier = sizedSize ?? (sizedFields is null ? size : 1);
        var sets = new List<SelectionSetNode>(nodes.Count);
        foreach (var fieldNode in nodes)
        {
            if (fieldNode.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }

        var (childField, childType) = SelectionSetCost(type, sets, sizedFields, size);
        return (weight + multiplier * childField, multiplier * (TypeWeight(type) + childType));
    }

    /// <summary>The list size of a field and, when @listSize names them, the child fields it applies to.</summary>
    private (double Size, IReadOnlyList<string>? SizedFields) ListSize(OutputField field, FieldNode node)
    {
        var isList = field.Type.IsListType();
        if (Find(field.Directives, CostDirectives.ListSize) is not { } listSize)
        {
            return (isList ? _options.DefaultListSize : 1, null);
        }

        var assumedSize = Argument(listSize, "assumedSize") is IntValueNode assumed ? ParseNumber(assumed.Value) : (double?)null;
        var slicingArguments = Strings(Argument(listSize, "slicingArguments"));
        var sizedFields = Strings(Argument(listSize, "sizedFields"));
        var requireOne = Argument(listSize, "requireOneSlicingArgument") is not BooleanValueNode { Value: false };

        double? size = null;
        if (slicingArguments is { Count: > 0 })
        {
            var provided = 0;
            var hasDefault = false;
            foreach (var path in slicingArguments)
            {
                var (present, value) = SlicingValue(field, node, path);
                provided += present ? 1 : 0;
                hasDefault |= !present && value is not null;
                if (value is { } number)
                {
                    size = Math.Max(size ?? 0, number);
                }
            }

            // Spec @listSize: requireOneSlicingArgument asks for exactly one; an argument with a default may be left out.
            if (requireOne && (provided > 1 || (provided == 0 && !hasDefault)))
            {
                _errors.Add(GraphQLError.WithCode(
                    $"Exactly one slicing argument ({string.Join(", ", slicingArguments)}) must be given to the field '{node.Name.Value}'.",
                    CostErrorCodes.SlicingArgumentRequired,
                    node.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null));
            }
        }

        return (size ?? assumedSize ?? _options.DefaultListSize, sizedFields is { Count: > 0 } ? sizedFields : null);
    }

    /// <summary>Whether the query gives the slicing argument (a path such as <c>filter.max</c>) and its value.</summary>
    private (bool Present, double? Value) SlicingValue(OutputField field, FieldNode node, string path)
    {
        var parts = path.Split('.');
        var argumentNode = node.Arguments.FirstOrDefault(a => a.Name.Value == parts[0]);
        object? value;
        bool present;
        if (argumentNode is not null && argumentNode.Value is not NullValueNode)
        {
            present = true;
            value = ToValue(argumentNode.Value);
        }
        else
        {
            present = false;
            value = field.Arguments[parts[0]]?.DefaultValue is { } defaultValue ? ToValue(defaultValue) : null;
        }

        for (var i = 1; i < parts.Length && value is not null; i++)
        {
            value = value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(parts[i], out var inner) ? inner : null;
        }

        return (present, ToNumber(value));
    }

    private double ArgumentsCost(OutputField field, FieldNode node)
    {
        double cost = 0;
        foreach (var argumentNode in node.Arguments)
        {
            if (field.Arguments[argumentNode.Name.Value] is { } argument && argumentNode.Value is not NullValueNode)
            {
                cost += (Weight(argument.Directives) ?? 0) + InputCost(argument.Type, ToValue(argumentNode.Value));
            }
        }

        return cost;
    }

    /// <summary>The weights of the input fields given inside an input object value (lists add each item).</summary>
    private double InputCost(IType type, object? value)
    {
        switch (type.NullableType())
        {
            case ListType list when value is IReadOnlyList<object?> items:
                return items.Sum(item => InputCost(list.OfType, item));
            case ListType list:
                return InputCost(list.OfType, value);
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                double cost = 0;
                foreach (var (name, fieldValue) in fields)
                {
                    if (fieldValue is not null && input.Fields[name] is { } inputField)
                    {
                        cost += (Weight(inputField.Directives) ?? 0) + InputCost(inputField.Type, fieldValue);
                    }
                }

                return cost;
            default:
                return 0;
        }
    }

    private void CollectFields(ObjectType type, SelectionSetNode set, Dictionary<string, List<FieldNode>> groups, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field when IsIncluded(field.Directives):
                    if (!groups.TryGetValue(field.ResponseName, out var nodes))
                    {
                        groups[field.ResponseName] = nodes = [];
                    }

                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline when IsIncluded(inline.Directives) && Applies(inline.TypeCondition, type):
                    CollectFields(type, inline.SelectionSet, groups, visited);
                    break;
                case FragmentSpreadNode spread when IsIncluded(spread.Directives)
                    && visited.Add(spread.Name.Value)
                    && _fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && Applies(fragment.TypeCondition, type):
                    CollectFields(type, fragment.SelectionSet, groups, visited);
                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null || condition.Name.Value == type.Name)
        {
            return true;
        }

        return _schema.GetType(condition.Name.Value) is { } conditionType
            && conditionType.IsAbstractType()
            && _schema.IsPossibleType(conditionType, type);
    }

    // @skip(if:) and @include(if:); a condition whose value is unknown counts as included.
    private bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is "skip" or "include" && Argument(directive, "if") is { } condition && ToValue(condition) is bool value)
            {
                if (directive.Name.Value == "skip" ? value : !value)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static double TypeWeight(NamedType type) => Weight(type.Directives) ?? (type.IsCompositeType() ? 1 : 0);

    private static double? Weight(IReadOnlyList<DirectiveNode> directives)
        => Find(directives, CostDirectives.Cost) is { } cost && Argument(cost, "weight") is StringValueNode { Value: var text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
                ? weight
                : null;

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    private static ValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static List<string>? Strings(ValueNode? value) => value switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
        StringValueNode single => [single.Value],
        _ => null,
    };

    /// <summary>A literal as a value of the variables' shape; variables take the request's value, else their default.</summary>
    private object? ToValue(ValueNode node) => node switch
    {
        VariableNode variable => VariableValue(variable.Name.Value),
        IntValueNode i => ParseNumber(i.Value),
        FloatValueNode f => ParseNumber(f.Value),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(ToValue).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ToValue(f.Value), StringComparer.Ordinal),
        _ => null,
    };

    private object? VariableValue(string name)
    {
        if (_variables is not null && _variables.TryGetValue(name, out var value))
        {
            return value;
        }

        var definition = _operation.VariableDefinitions.FirstOrDefault(v => v.Variable.Name.Value == name);
        return definition?.DefaultValue is { } defaultValue ? ToValue(defaultValue) : null;
    }

    private static double ParseNumber(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double? ToNumber(object? value) => value switch
    {
        double d => d,
        int i => i,
        long l => l,
        decimal m => (double)m,
        float f => f,
        _ => null,
    };
}
