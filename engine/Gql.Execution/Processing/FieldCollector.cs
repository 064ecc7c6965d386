using System.Diagnostics.CodeAnalysis;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Execution;

/// <summary>CollectFields (spec section 6.3.2) with @skip/@include and fragments, as graphql-js does it.</summary>
internal static class FieldCollector
{
    public static CompiledSelectionSet CollectRootFields(CompiledOperation operation)
    {
        var groups = new FieldGroups();
        Collect(operation, operation.RootType, operation.Definition.SelectionSet, groups, []);
        return Build(operation, operation.RootType, groups);
    }

    public static CompiledSelectionSet CollectSubfields(CompiledOperation operation, ObjectType type, FieldNode[] nodes)
    {
        var groups = new FieldGroups();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Collect(operation, type, selectionSet, groups, visited);
            }
        }

        return Build(operation, type, groups);
    }

    /// <summary>graphql-js <c>shouldIncludeNode</c>: @skip(if: true) or @include(if: false) exclude.</summary>
    public static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, bool> conditions)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name == "skip" && ConditionValue(directive, conditions) == true)
            {
                return false;
            }

            if (name == "include" && ConditionValue(directive, conditions) == false)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The variables the document's @skip/@include conditions read, in first-use order.</summary>
    public static string[] FindConditionVariables(DocumentNode document)
    {
        var names = new List<string>();
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable)
            {
                FindConditionVariables(executable.SelectionSet, names);
            }
        }

        return names.ToArray();
    }

    private static void FindConditionVariables(SelectionSetNode selectionSet, List<string> names)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Name.Value == "if" && argument.Value is VariableNode variable && !names.Contains(variable.Name.Value))
                        {
                            names.Add(variable.Name.Value);
                        }
                    }
                }
            }

            var inner = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (inner is not null)
            {
                FindConditionVariables(inner, names);
            }
        }
    }

    private static bool? ConditionValue(DirectiveNode directive, IReadOnlyDictionary<string, bool> conditions)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            return argument.Value switch
            {
                BooleanValueNode boolean => boolean.Value,
                VariableNode variable => conditions.TryGetValue(variable.Name.Value, out var value) ? value : null,
                _ => null,
            };
        }

        return null;
    }

    private static void Collect(
        CompiledOperation operation,
        ObjectType type,
        SelectionSetNode selectionSet,
        FieldGroups groups,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (ShouldInclude(field.Directives, operation.Conditions))
                    {
                        groups.Add(field);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (ShouldInclude(inline.Directives, operation.Conditions)
                        && DoesConditionMatch(operation.Schema, inline.TypeCondition, type))
                    {
                        Collect(operation, type, inline.SelectionSet, groups, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread.Directives, operation.Conditions))
                    {
                        break;
                    }

                    visitedFragments.Add(name);
                    if (operation.Fragments.TryGetValue(name, out var fragment)
                        && DoesConditionMatch(operation.Schema, fragment.TypeCondition, type))
                    {
                        Collect(operation, type, fragment.SelectionSet, groups, visitedFragments);
                    }

                    break;
            }
        }
    }

    private static bool DoesConditionMatch(Schema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is InterfaceType or UnionType && schema.IsPossibleType(conditionType, type);
    }

    private static CompiledSelectionSet Build(CompiledOperation operation, ObjectType type, FieldGroups groups)
    {
        var fields = new List<CompiledField>(groups.Count);
        foreach (var (responseName, nodes) in groups)
        {
            var fieldName = nodes[0].Name.Value;
            if (!TryGetFieldDefinition(operation.Schema, type, fieldName, out var definition))
            {
                // Unknown fields are left out of the response (graphql-js returns undefined for them).
                continue;
            }

            fields.Add(new CompiledField(operation, type, responseName, nodes.ToArray(), definition));
        }

        return new CompiledSelectionSet(type, fields.ToArray());
    }

    // The meta fields (__typename, __schema, __type) first, then the type's own fields.
    private static bool TryGetFieldDefinition(Schema schema, ObjectType type, string fieldName, [MaybeNullWhen(false)] out OutputField field)
        => (fieldName.StartsWith("__", StringComparison.Ordinal) && IntrospectionFields.TryGetMetaField(schema, type, fieldName, out field))
            || type.Fields.TryGetField(fieldName, out field);

    private sealed class FieldGroups : List<(string ResponseName, List<FieldNode> Nodes)>
    {
        private readonly Dictionary<string, List<FieldNode>> _byName = new(StringComparer.Ordinal);

        public void Add(FieldNode field)
        {
            var responseName = field.ResponseName;
            if (!_byName.TryGetValue(responseName, out var nodes))
            {
                nodes = [];
                _byName[responseName] = nodes;
                Add((responseName, nodes));
            }

            nodes.Add(field);
        }
    }
}
