using Gql.Types;
using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.5.1.2 Fragment Spread Type Existence (and every other named type reference).</summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private HashSet<string>? _definedTypes;

        public override VisitAction EnterNamedType(NamedTypeNode node)
        {
            var typeName = node.Name.Value;
            if (Context.Schema.GetType(typeName) is not null || DefinedTypes().Contains(typeName))
            {
                return VisitAction.Continue;
            }

            var isSdl = Context.IsInTypeSystemDefinition;
            if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
            {
                return VisitAction.Continue;
            }

            var options = new List<string>();
            if (isSdl)
            {
                options.AddRange(StandardTypeNames);
            }

            options.AddRange(Context.Schema.Types.Keys);
            options.AddRange(DefinedTypes());
            var suggestions = Context.HideSuggestions ? [] : Suggestions.List(typeName, options);
            Context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
            return VisitAction.Continue;
        }

        private HashSet<string> DefinedTypes()
        {
            if (_definedTypes is null)
            {
                _definedTypes = new HashSet<string>(StringComparer.Ordinal);
                foreach (var definition in Context.Document.Definitions)
                {
                    if (definition is TypeDefinitionNode type)
                    {
                        _definedTypes.Add(type.Name.Value);
                    }
                }
            }

            return _definedTypes;
        }
    }
}
