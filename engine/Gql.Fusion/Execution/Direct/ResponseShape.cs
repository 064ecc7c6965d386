using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Fusion.Execution.Direct;

/// <summary>
/// What the response of an operation looks like, precompiled once per operation: per selection
/// set and object type, the collected fields (spec CollectFields, as the engine's executor does
/// it) with their response names and how each type level is written. <see cref="Compile"/> gives
/// null for what only the executor's completion handles: subscriptions, introspection,
/// <c>@skip</c>/<c>@include</c> with variables, types with <c>resolveType</c> or <c>isTypeOf</c>.
/// </summary>
internal sealed class ResponseShape(ShapeSelectionSet root, int valueCount)
{
    private ShapeBinding? _binding;

    // Abstract types multiply the selection sets (one per possible type at every level): beyond
    // this the completion path is used.
    private const int MaxSelectionSets = 4096;

    public ShapeSelectionSet Root { get; } = root;

    /// <summary>How many <see cref="ShapeValue"/>s the shape has (their <see cref="ShapeValue.Index"/> range).</summary>
    public int ValueCount { get; } = valueCount;

    /// <summary>Where the entity fetches of <paramref name="plan"/> complete objects of this shape (kept for the last plan: one plan per operation).</summary>
    public ShapeBinding BindingFor(Planning.QueryPlan plan)
    {
        var binding = Volatile.Read(ref _binding);
        if (binding is null || !ReferenceEquals(binding.Plan, plan))
        {
            binding = ShapeBinding.Bind(this, plan);
            Volatile.Write(ref _binding, binding);
        }

        return binding;
    }

    public static ResponseShape? Compile(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        if (operation.Operation == OperationType.Subscription || schema.GetRootType(operation.Operation) is not { } rootType)
        {
            return null;
        }

        try
        {
            var compiler = new Compiler(schema, fragments);
            var root = compiler.SelectionSet(rootType, [operation.SelectionSet]);
            return new ResponseShape(root, compiler.ValueCount);
        }
        catch (LeftToCompletionException)
        {
            return null;
        }
    }

    // Thrown while compiling a part only the executor's completion handles: the whole operation
    // then takes the completion path (this is not an error of the request).
    private sealed class LeftToCompletionException(string reason) : Exception(reason);

    private sealed class Compiler(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        private int _selectionSets;
        private int _values;

        public int ValueCount => _values;

        public ShapeSelectionSet SelectionSet(ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
        {
            if (type.IsOfType is not null || ++_selectionSets > MaxSelectionSets)
            {
                throw new LeftToCompletionException("a type with isTypeOf, or more selection sets than " + MaxSelectionSets);
            }

            var groups = new List<(string ResponseName, List<FieldNode> Nodes)>();
            var byName = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var selectionSet in selectionSets)
            {
                Collect(type, selectionSet, groups, byName, visited);
            }

            var set = new ShapeSelectionSet(type.Name);
            var fields = new List<ShapeField>(groups.Count);
            foreach (var (responseName, nodes) in groups)
            {
                var fieldName = nodes[0].Name.Value;
                if (fieldName == "__typename")
                {
                    fields.Add(new ShapeField(responseName, null));
                    continue;
                }

                if (IntrospectionFields.IsMetaFieldName(fieldName))
                {
                    throw new LeftToCompletionException("an introspection field");
                }

                // Unknown fields are left out of the response, as the executor does.
                if (type.Fields.TryGetField(fieldName, out var definition))
                {
                    fields.Add(new ShapeField(responseName, Value(definition.Type, nodes)));
                }
            }

            set.Fields = [.. fields];
            return set;
        }

        private ShapeValue Value(IType type, List<FieldNode> nodes)
        {
            var nonNull = type is NonNullType;
            var nullable = type is NonNullType wrapped ? wrapped.OfType : type;
            switch (nullable)
            {
                case ListType list:
                    return new ShapeValue { Index = _values++, Kind = ShapeKind.List, NonNull = nonNull, Item = Value(list.OfType, nodes) };
                case ScalarType scalar:
                    var kind = scalar switch
                    {
                        StringType or IdType => ShapeKind.String,
                        IntType => ShapeKind.Int,
                        FloatType => ShapeKind.Float,
                        BooleanType => ShapeKind.Boolean,
                        _ => ShapeKind.Scalar,
                    };
                    return new ShapeValue { Index = _values++, Kind = kind, NonNull = nonNull, Scalar = scalar };
                case EnumType enumType:
                    return new ShapeValue { Index = _values++, Kind = ShapeKind.Enum, NonNull = nonNull, EnumNames = EnumNames(enumType) };
                case ObjectType objectType:
                    return new ShapeValue { Index = _values++, Kind = ShapeKind.Object, NonNull = nonNull, Selection = SelectionSet(objectType, SubSelections(nodes)) };
                case InterfaceType { ResolveType: null } or UnionType { ResolveType: null }:
                    var byTypeName = new Dictionary<string, ShapeSelectionSet>(StringComparer.Ordinal);
                    var subSelections = SubSelections(nodes);
                    foreach (var possible in schema.GetPossibleTypes((NamedType)nullable))
                    {
                        byTypeName[possible.Name] = SelectionSet(possible, subSelections);
                    }

                    return new ShapeValue { Index = _values++, Kind = ShapeKind.Abstract, NonNull = nonNull, SelectionByTypeName = byTypeName };
                default:
                    throw new LeftToCompletionException("a type kind the shape does not write");
            }
        }

        private static List<SelectionSetNode> SubSelections(List<FieldNode> nodes)
        {
            var selectionSets = new List<SelectionSetNode>(nodes.Count);
            foreach (var node in nodes)
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    selectionSets.Add(selectionSet);
                }
            }

            return selectionSets;
        }

        // As the executor's EnumSerializer: runtime string values first, then the value names.
        private static Dictionary<string, string> EnumNames(EnumType type)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var value in type.Values)
            {
                if (value.RuntimeValue is string runtimeName)
                {
                    names.TryAdd(runtimeName, value.Name);
                }
            }

            foreach (var value in type.Values)
            {
                names.TryAdd(value.Name, value.Name);
            }

            return names;
        }

        private void Collect(
            ObjectType type,
            SelectionSetNode selectionSet,
            List<(string ResponseName, List<FieldNode> Nodes)> groups,
            Dictionary<string, List<FieldNode>> byName,
            HashSet<string> visitedFragments)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (ShouldInclude(field.Directives))
                        {
                            var responseName = field.ResponseName;
                            if (!byName.TryGetValue(responseName, out var nodes))
                            {
                                nodes = [];
                                byName[responseName] = nodes;
                                groups.Add((responseName, nodes));
                            }

                            nodes.Add(field);
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (ShouldInclude(inline.Directives) && DoesConditionMatch(inline.TypeCondition, type))
                        {
                            Collect(type, inline.SelectionSet, groups, byName, visitedFragments);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (visitedFragments.Contains(name) || !ShouldInclude(spread.Directives))
                        {
                            break;
                        }

                        visitedFragments.Add(name);
                        if (fragments.TryGetValue(name, out var fragment) && DoesConditionMatch(fragment.TypeCondition, type))
                        {
                            Collect(type, fragment.SelectionSet, groups, byName, visitedFragments);
                        }

                        break;
                }
            }
        }

        private bool DoesConditionMatch(NamedTypeNode? condition, ObjectType type)
        {
            if (condition is null)
            {
                return true;
            }

            var conditionType = schema.GetType(condition.Name.Value);
            return ReferenceEquals(conditionType, type)
                || (conditionType is InterfaceType or UnionType && schema.IsPossibleType(conditionType, type));
        }

        // @skip/@include with literal conditions are decided here; a variable makes the shape depend
        // on the request, which is left to the executor.
        private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (name is not ("skip" or "include"))
                {
                    continue;
                }

                bool? condition = null;
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value == "if")
                    {
                        condition = argument.Value switch
                        {
                            BooleanValueNode boolean => boolean.Value,
                            VariableNode => throw new LeftToCompletionException("@skip/@include with a variable"),
                            _ => null,
                        };
                        break;
                    }
                }

                if ((name == "skip" && condition == true) || (name == "include" && condition == false))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
