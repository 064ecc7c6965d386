using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>
/// Not a spec rule (opt in): rejects operations whose fields nest deeper than a limit, counting through
/// fragments. Optionally ignores introspection fields (<c>__schema</c>, <c>__type</c>) and what they select.
/// </summary>
public sealed class MaxExecutionDepthRule(int maxAllowedDepth, bool skipIntrospectionFields = false) : IValidationRule
{
    public const string ErrorCode = "MAX_EXECUTION_DEPTH_EXCEEDED";

    public int MaxAllowedDepth { get; } = maxAllowedDepth >= 1
        ? maxAllowedDepth
        : throw new ArgumentOutOfRangeException(nameof(maxAllowedDepth), "The maximum depth must be at least 1.");

    public bool SkipIntrospectionFields { get; } = skipIntrospectionFields;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, MaxExecutionDepthRule rule) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var depth = Depth(node.SelectionSet);
            if (depth > rule.MaxAllowedDepth)
            {
                Context.ReportError(GraphQLError.WithCode(
                    $"The GraphQL document has an execution depth of {depth} which exceeds the max allowed execution depth of {rule.MaxAllowedDepth}.",
                    ErrorCode,
                    ValidationContext.LocationsOf(node)));
            }

            return VisitAction.SkipChildren;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.SkipChildren;

        private int Depth(SelectionSetNode selectionSet)
        {
            var max = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field => FieldDepth(field),
                    InlineFragmentNode inline => Depth(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                max = Math.Max(max, depth);
            }

            return max;
        }

        private int FieldDepth(FieldNode field)
        {
            if (rule.SkipIntrospectionFields && field.Name.Value is "__schema" or "__type")
            {
                return 0;
            }

            return 1 + (field.SelectionSet is { } selectionSet ? Depth(selectionSet) : 0);
        }

        private int FragmentDepth(string name)
        {
            if (_fragmentDepths.TryGetValue(name, out var known))
            {
                return known;
            }

            // A cycle is reported by NoFragmentCyclesRule; it adds no depth here.
            if (Context.GetFragment(name) is not { } fragment || !_visiting.Add(name))
            {
                return 0;
            }

            var depth = Depth(fragment.SelectionSet);
            _visiting.Remove(name);
            _fragmentDepths[name] = depth;
            return depth;
        }
    }
}
