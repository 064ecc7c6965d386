using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _operations.Add(node);
            return VisitAction.SkipChildren;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            _fragments.Add(node);
            return VisitAction.SkipChildren;
        }

        public override void LeaveDocument(DocumentNode node)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in Context.GetRecursivelyReferencedFragmentsForOperations(_operations))
            {
                used.Add(fragment.Name.Value);
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}
