using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field (after collecting fields
/// with no variables), and not an introspection field.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private Dictionary<string, FragmentDefinitionNode>? _fragments;

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return VisitAction.Continue;
            }

            var operationName = node.Name?.Value;
            if (_fragments is null)
            {
                _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                Context.SpendFragmentWork(Context.Document.Definitions.Count);
                foreach (var definition in Context.Document.Definitions)
                {
                    if (definition is FragmentDefinitionNode fragment)
                    {
                        _fragments[fragment.Name.Value] = fragment;
                    }
                }
            }

            var order = new List<string>();
            var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            try
            {
                CollectFields(subscriptionType, node.SelectionSet, order, fields, new HashSet<string>(StringComparer.Ordinal));
            }
            catch (DirectiveArgumentException ex)
            {
                // graphql-js throws out of validate here (it coerces @skip/@include without variables).
                Context.AbortWithOnly(GraphQLError.WithCode(ex.Message, ErrorCodes.ValidationFailed, ValidationContext.LocationsOf(ex.Node)));
            }

            if (order.Count > 1)
            {
                var extra = new List<SyntaxNode>();
                for (var i = 1; i < order.Count; i++)
                {
                    extra.AddRange(fields[order[i]]);
                }

                Context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    extra);
            }

            foreach (var responseName in order)
            {
                var fieldNodes = fields[responseName];
                if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    Context.ReportError(
                        operationName is not null
                            ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                            : "Anonymous Subscription must not select an introspection top level field.",
                        fieldNodes);
                }
            }

            return VisitAction.Continue;
        }

        private void ReserveSelectionSetWork(SelectionSetNode selectionSet)
        {
            Context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                Context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        Context.SpendFragmentWork(directive.Arguments.Count);
                    }
                }
            }
        }

        private void CollectFields(ObjectType runtimeType, SelectionSetNode selectionSet, List<string> order, Dictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragments)
        {
            ReserveSelectionSetWork(selectionSet);
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (!ShouldInclude(field))
                        {
                            continue;
                        }

                        var key = field.ResponseName;
                        if (!fields.TryGetValue(key, out var list))
                        {
                            fields[key] = list = [];
                            order.Add(key);
                        }

                        list.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (!ShouldInclude(inline) || !DoesConditionMatch(inline.TypeCondition, runtimeType))
                        {
                            continue;
                        }

                        CollectFields(runtimeType, inline.SelectionSet, order, fields, visitedFragments);
                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (visitedFragments.Contains(name) || !ShouldInclude(spread))
                        {
                            continue;
                        }

                        visitedFragments.Add(name);
                        if (!_fragments!.TryGetValue(name, out var fragment) || !DoesConditionMatch(fragment.TypeCondition, runtimeType))
                        {
                            continue;
                        }

                        CollectFields(runtimeType, fragment.SelectionSet, order, fields, visitedFragments);
                        break;
                }
            }
        }

        private bool DoesConditionMatch(NamedTypeNode? typeCondition, ObjectType type)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var conditional = Context.Schema.GetType(typeCondition.Name.Value);
            if (ReferenceEquals(conditional, type))
            {
                return true;
            }

            return conditional is not null && TypeHelpers.IsAbstractType(conditional) && TypeExtensions.IsSubType(Context.Schema, conditional, type);
        }

        private static bool ShouldInclude(SelectionNode node)
        {
            if (IfArgument(node.Directives, "skip") == true)
            {
                return false;
            }

            return IfArgument(node.Directives, "include") != false;
        }

        /// <summary>The literal <c>if</c> of @skip/@include, coerced like graphql-js does with no variable values.</summary>
        private static bool? IfArgument(IReadOnlyList<DirectiveNode> directives, string directiveName)
        {
            DirectiveNode? directive = null;
            foreach (var candidate in directives)
            {
                if (candidate.Name.Value == directiveName)
                {
                    directive = candidate;
                    break;
                }
            }

            if (directive is null)
            {
                return null;
            }

            ArgumentNode? argument = null;
            foreach (var candidate in directive.Arguments)
            {
                if (candidate.Name.Value == "if")
                {
                    argument = candidate;
                }
            }

            return argument?.Value switch
            {
                null => throw new DirectiveArgumentException("Argument \"if\" of required type \"Boolean!\" was not provided.", directive),
                BooleanValueNode boolean => boolean.Value,
                VariableNode variable => throw new DirectiveArgumentException(
                    $"Argument \"if\" of required type \"Boolean!\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                    variable),
                var value => throw new DirectiveArgumentException($"Argument \"if\" has invalid value {SyntaxPrinter.Print(value)}.", value),
            };
        }
    }

    private sealed class DirectiveArgumentException(string message, SyntaxNode node) : Exception(message)
    {
        public SyntaxNode Node { get; } = node;
    }
}
