using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: the fragment's type must overlap the parent type.</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterInlineFragment(InlineFragmentNode node)
        {
            if (Context.Type is NamedType fragType
                && TypeHelpers.IsCompositeType(fragType)
                && Context.ParentType is { } parentType
                && TypeHelpers.IsCompositeType(parentType)
                && !TypeExtensions.DoTypesOverlap(Context.Schema, fragType, parentType))
            {
                Context.ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".",
                    node);
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            var fragName = node.Name.Value;
            if (GetFragmentType(fragName) is { } fragType
                && Context.ParentType is { } parentType
                && !TypeExtensions.DoTypesOverlap(Context.Schema, fragType, parentType))
            {
                Context.ReportError(
                    $"Fragment \"{fragName}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".",
                    node);
            }

            return VisitAction.Continue;
        }

        private NamedType? GetFragmentType(string name)
        {
            if (Context.GetFragment(name) is { } fragment
                && Context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } type
                && TypeHelpers.IsCompositeType(type))
            {
                return type;
            }

            return null;
        }
    }
}
