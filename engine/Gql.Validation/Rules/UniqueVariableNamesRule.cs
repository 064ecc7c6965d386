using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var definitions = node.VariableDefinitions;
            if (definitions.Count < 2)
            {
                return VisitAction.Continue;
            }

            var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var definition in definitions)
            {
                var name = definition.Variable.Name.Value;
                if (!groups.TryGetValue(name, out var group))
                {
                    groups[name] = group = [];
                    order.Add(name);
                }

                group.Add(definition.Variable.Name);
            }

            foreach (var name in order)
            {
                if (groups[name].Count > 1)
                {
                    Context.ReportError($"There can be only one variable named \"${name}\".", groups[name]);
                }
            }

            return VisitAction.Continue;
        }
    }
}
