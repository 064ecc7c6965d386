using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterField(FieldNode node)
        {
            if (Context.Type is not { } type)
            {
                return VisitAction.Continue;
            }

            var selectionSet = node.SelectionSet;
            var fieldName = node.Name.Value;
            if (TypeHelpers.IsLeafType(TypeHelpers.GetNamedType(type)))
            {
                if (selectionSet is not null)
                {
                    Context.ReportError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{TypeHelpers.Print(type)}\" has no subfields.",
                        selectionSet);
                }
            }
            else if (selectionSet is null)
            {
                Context.ReportError(
                    $"Field \"{fieldName}\" of type \"{TypeHelpers.Print(type)}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    node);
            }
            else if (selectionSet.Selections.Count == 0)
            {
                Context.ReportError(
                    $"Field \"{fieldName}\" of type \"{TypeHelpers.Print(type)}\" must have at least one field selected.",
                    node);
            }

            return VisitAction.Continue;
        }
    }
}
