using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is { } typeCondition
                && Context.Schema.GetType(typeCondition.Name.Value) is { } type
                && !TypeHelpers.IsCompositeType(type))
            {
                Context.ReportError(
                    $"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".",
                    typeCondition);
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (Context.Schema.GetType(node.TypeCondition.Name.Value) is { } type && !TypeHelpers.IsCompositeType(type))
            {
                Context.ReportError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                    node.TypeCondition);
            }

            return VisitAction.Continue;
        }
    }
}
