using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.7.3 Directives Are Unique Per Location (non-repeatable directives only).</summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, bool>? _documentDirectives;
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _seen = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context)
        {
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    (_documentDirectives ??= new(StringComparer.Ordinal))[directive.Name.Value] = !directive.IsRepeatable;
                }
            }
        }

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node) => Check(node.Directives);

        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);

        public override VisitAction EnterField(FieldNode node) => Check(node.Directives);

        public override VisitAction EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);

        public override VisitAction EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);

        public override VisitAction EnterTypeSystemNode(SyntaxNode node, IReadOnlyList<DirectiveNode> directives)
        {
            Dictionary<string, DirectiveNode>? seen = null;
            string? typeName = node switch
            {
                TypeDefinitionNode type => type.Name.Value,
                TypeExtensionNode extension => extension.Name.Value,
                _ => null,
            };
            if (node is SchemaDefinitionNode or SchemaExtensionNode)
            {
                seen = _schemaDirectives;
            }
            else if (typeName is not null && !_typeDirectives.TryGetValue(typeName, out seen))
            {
                _typeDirectives[typeName] = seen = new(StringComparer.Ordinal);
            }

            if (seen is null)
            {
                return Check(directives);
            }

            CheckInto(directives, seen);
            return VisitAction.Continue;
        }

        private VisitAction Check(IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count < 2)
            {
                return VisitAction.Continue;
            }

            _seen.Clear();
            CheckInto(directives, _seen);
            return VisitAction.Continue;
        }

        private void CheckInto(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
        {
            for (var i = 0; i < directives.Count; i++)
            {
                var directive = directives[i];
                var name = directive.Name.Value;
                if (!IsUnique(name))
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }
        }

        private bool IsUnique(string name)
        {
            if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var unique))
            {
                return unique;
            }

            return Context.Schema.GetDirective(name) is { IsRepeatable: false };
        }
    }
}
