using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (Context.GetFragment(node.Name.Value) is null)
            {
                Context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
            }

            return VisitAction.Continue;
        }
    }
}
