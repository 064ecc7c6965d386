using Gql.Types;
using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: arguments must be defined by the field or directive.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
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
                    var names = new List<string>(directive.Arguments.Count);
                    foreach (var argument in directive.Arguments)
                    {
                        names.Add(argument.Name.Value);
                    }

                    (_documentDirectives ??= new(StringComparer.Ordinal))[directive.Name.Value] = names;
                }
            }
        }

        public override VisitAction EnterDirective(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            List<string>? known = null;
            if (_documentDirectives is not null && _documentDirectives.TryGetValue(directiveName, out var fromDocument))
            {
                known = fromDocument;
            }
            else if (Context.Schema.GetDirective(directiveName) is { } definition)
            {
                known = new List<string>(definition.Arguments.Count);
                foreach (var argument in definition.Arguments)
                {
                    known.Add(argument.Name);
                }
            }

            if (known is not null)
            {
                foreach (var argument in node.Arguments)
                {
                    var argName = argument.Name.Value;
                    if (!known.Contains(argName))
                    {
                        var suggestions = Context.HideSuggestions ? [] : Suggestions.List(argName, known);
                        Context.ReportError(
                            $"Unknown argument \"{argName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions),
                            argument);
                    }
                }
            }

            return VisitAction.SkipChildren;
        }

        public override VisitAction EnterArgument(ArgumentNode node)
        {
            if (Context.Argument is null && Context.FieldDef is { } fieldDef && Context.ParentType is { } parentType)
            {
                var argName = node.Name.Value;
                var names = new List<string>(fieldDef.Arguments.Count);
                foreach (var argument in fieldDef.Arguments)
                {
                    names.Add(argument.Name);
                }

                var suggestions = Context.HideSuggestions ? [] : Suggestions.List(argName, names);
                Context.ReportError(
                    $"Unknown argument \"{argName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(suggestions),
                    node);
            }

            return VisitAction.Continue;
        }
    }
}
