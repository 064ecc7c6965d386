using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness (fields and directives).</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterField(FieldNode node)
        {
            Check(node.Arguments);
            return VisitAction.Continue;
        }

        public override VisitAction EnterDirective(DirectiveNode node)
        {
            Check(node.Arguments);
            return VisitAction.Continue;
        }

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2 || !HasDuplicate(arguments))
            {
                return;
            }

            var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var argument in arguments)
            {
                if (!groups.TryGetValue(argument.Name.Value, out var group))
                {
                    groups[argument.Name.Value] = group = [];
                    order.Add(argument.Name.Value);
                }

                group.Add(argument.Name);
            }

            foreach (var name in order)
            {
                if (groups[name].Count > 1)
                {
                    Context.ReportError($"There can be only one argument named \"{name}\".", groups[name]);
                }
            }
        }

        private static bool HasDuplicate(IReadOnlyList<ArgumentNode> arguments)
        {
            for (var i = 1; i < arguments.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (arguments[i].Name.Value == arguments[j].Name.Value)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
