using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.8.3 All Variable Uses Defined (through fragments too).</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _defined.Clear();
            return VisitAction.Continue;
        }

        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            _defined.Add(node.Variable.Name.Value);
            return VisitAction.Continue;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode node)
        {
            foreach (var usage in Context.GetRecursiveVariableUsages(node))
            {
                var name = usage.Node.Name.Value;
                if (!_defined.Contains(name))
                {
                    Context.ReportError(
                        node.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        usage.Node,
                        node);
                }
            }
        }
    }
}
