using Gql.Types;
using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined, and 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, List<string>>? _documentDirectives;

        public Visitor(ValidationContext context)
            : base(context)
        {
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    var locations = new List<string>(directive.Locations.Count);
                    foreach (var location in directive.Locations)
                    {
                        locations.Add(location.Value);
                    }

                    (_documentDirectives ??= new(StringComparer.Ordinal))[directive.Name.Value] = locations;
                }
            }
        }

        public override VisitAction EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            var candidate = Context.DirectiveLocation;
            if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var locations))
            {
                if (candidate is not null && !locations.Contains(candidate))
                {
                    ReportMisplaced(node, name, candidate);
                }

                return VisitAction.Continue;
            }

            if (Context.Schema.GetDirective(name) is not { } definition)
            {
                Context.ReportError($"Unknown directive \"@{name}\".", node);
                return VisitAction.Continue;
            }

            if (candidate is not null && !IsAllowed(definition.Locations, candidate))
            {
                ReportMisplaced(node, name, candidate);
            }

            return VisitAction.Continue;
        }

        private static bool IsAllowed(List<Gql.Types.DirectiveLocation> locations, string candidate)
        {
            foreach (var location in locations)
            {
                if (location.ToSpecName() == candidate)
                {
                    return true;
                }
            }

            return false;
        }

        private void ReportMisplaced(DirectiveNode node, string name, string candidate)
            => Context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", node);
    }
}
