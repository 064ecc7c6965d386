using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>
/// graphql-js's recommended rule (part of its specified rules since 16.9): introspection may not nest the
/// list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> or <c>inputFields</c> three deep.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        // Per fragment: the greatest entry depth at which a check completed without reaching the limit,
        // and the smallest at which it reached it (shared across root checks).
        private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

        public override VisitAction EnterField(FieldNode node)
        {
            if (node.Name.Value is "__schema" or "__type"
                && CheckDepth(node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                Context.ReportError("Maximum introspection depth exceeded", node);
                return VisitAction.SkipChildren;
            }

            return VisitAction.Continue;
        }

        private bool CheckDepth(SyntaxNode node, Dictionary<string, int> visitedFragments, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                return CheckFragment(spread.Name.Value, visitedFragments, depth);
            }

            SelectionSetNode? selectionSet = null;
            switch (node)
            {
                case FieldNode field:
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                    {
                        depth++;
                        if (depth >= MaxListsDepth)
                        {
                            return true;
                        }
                    }

                    selectionSet = field.SelectionSet;
                    break;
                case InlineFragmentNode inline:
                    selectionSet = inline.SelectionSet;
                    break;
                case FragmentDefinitionNode fragment:
                    selectionSet = fragment.SelectionSet;
                    break;
            }

            if (selectionSet is not null)
            {
                foreach (var child in selectionSet.Selections)
                {
                    if (CheckDepth(child, visitedFragments, depth))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool CheckFragment(string fragmentName, Dictionary<string, int> visitedFragments, int depth)
        {
            if (_exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }

            if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
                || (_checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
            {
                return false;
            }

            if (Context.GetFragment(fragmentName) is not { } fragment)
            {
                return false;
            }

            visitedFragments[fragmentName] = depth;
            if (CheckDepth(fragment, visitedFragments, depth))
            {
                _exceededFragments[fragmentName] = depth;
                return true;
            }

            _checkedFragments[fragmentName] = depth;
            return false;
        }
    }
}
