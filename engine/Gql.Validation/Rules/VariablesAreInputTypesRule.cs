using Gql.Types;
using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            var type = TypeExtensions.TypeFromAst(Context.Schema, node.Type);
            if (type is not null && !TypeHelpers.IsInputType(type))
            {
                Context.ReportError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{TypeHelpers.Print(node.Type)}\".",
                    node.Type);
            }

            return VisitAction.Continue;
        }
    }
}
