using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Stack<Dictionary<string, NameNode>> _stack = new();
        private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction EnterObjectValue(ObjectValueNode node)
        {
            _stack.Push(_known);
            _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            return VisitAction.Continue;
        }

        public override void LeaveObjectValue(ObjectValueNode node) => _known = _stack.Pop();

        public override VisitAction EnterObjectField(ObjectFieldNode node)
        {
            var name = node.Name.Value;
            if (_known.TryGetValue(name, out var first))
            {
                Context.ReportError($"There can be only one input field named \"{name}\".", first, node.Name);
            }
            else
            {
                _known[name] = node.Name;
            }

            return VisitAction.Continue;
        }
    }
}
