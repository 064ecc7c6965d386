using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.8.4 All Variables Used (through fragments too).</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly List<VariableDefinitionNode> _definitions = [];

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return VisitAction.Continue;
        }

        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions.Add(node);
            return VisitAction.Continue;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode node)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in Context.GetRecursiveVariableUsages(node))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var definition in _definitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    Context.ReportError(
                        node.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition);
                }
            }
        }
    }
}
