using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.SkipChildren;

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name;
            if (_known.TryGetValue(name.Value, out var existing))
            {
                Context.ReportError($"There can be only one fragment named \"{name.Value}\".", existing, name);
            }
            else
            {
                _known[name.Value] = name;
            }

            return VisitAction.SkipChildren;
        }
    }
}
