using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.4.2.1 Required Arguments: non-null arguments without a default must be given.</summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, List<(string Name, string Type)>>? _documentDirectives;

        public Visitor(ValidationContext context)
            : base(context)
        {
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    var required = new List<(string, string)>();
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                        {
                            required.Add((argument.Name.Value, TypeHelpers.Print(argument.Type)));
                        }
                    }

                    (_documentDirectives ??= new(StringComparer.Ordinal))[directive.Name.Value] = required;
                }
            }
        }

        public override void LeaveField(FieldNode node)
        {
            if (Context.FieldDef is not { } fieldDef)
            {
                return;
            }

            foreach (var argDef in fieldDef.Arguments)
            {
                if (TypeExtensions.IsRequired(argDef) && !IsProvided(node.Arguments, argDef.Name))
                {
                    Context.ReportError(
                        $"Field \"{fieldDef.Name}\" argument \"{argDef.Name}\" of type \"{TypeHelpers.Print(argDef.Type)}\" is required, but it was not provided.",
                        node);
                }
            }
        }

        public override void LeaveDirective(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (_documentDirectives is not null && _documentDirectives.TryGetValue(directiveName, out var required))
            {
                foreach (var (name, type) in required)
                {
                    if (!IsProvided(node.Arguments, name))
                    {
                        Report(node, directiveName, name, type);
                    }
                }

                return;
            }

            if (Context.Schema.GetDirective(directiveName) is not { } definition)
            {
                return;
            }

            foreach (var argDef in definition.Arguments)
            {
                if (TypeExtensions.IsRequired(argDef) && !IsProvided(node.Arguments, argDef.Name))
                {
                    Report(node, directiveName, argDef.Name, TypeHelpers.Print(argDef.Type));
                }
            }
        }

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }

        private void Report(DirectiveNode node, string directiveName, string argName, string type)
            => Context.ReportError(
                $"Directive \"@{directiveName}\" argument \"{argName}\" of type \"{type}\" is required, but it was not provided.",
                node);
    }
}
