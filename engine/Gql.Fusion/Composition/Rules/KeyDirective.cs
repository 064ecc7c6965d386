using Gql.Federation;
using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>One <c>@key</c> applied to an object or interface type of a source schema, with its parsed selection.</summary>
internal sealed record KeyDirective(ComplexOutputType Type, DirectiveNode Directive, string? Fields, SelectionSetNode? Selection, string? SyntaxError)
{
    /// <summary>Every <c>@key</c> of the schema's object and interface types.</summary>
    public static IEnumerable<KeyDirective> All(SourceSchema schema)
    {
        foreach (var type in schema.ComplexTypes)
        {
            foreach (var directive in DirectiveReader.All(type.Directives, FederationDirectiveNames.Key))
            {
                if (DirectiveReader.Argument(directive, "fields") is not StringValueNode { Value: var fields })
                {
                    yield return new KeyDirective(type, directive, null, null, null);
                    continue;
                }

                var selection = FieldSelectionSetParser.TryParse(fields, out var error);
                yield return new KeyDirective(type, directive, fields, selection, error);
            }
        }
    }

    /// <summary>The keys whose <c>fields</c> is a string that parses.</summary>
    public static IEnumerable<KeyDirective> Parsed(SourceSchema schema)
        => All(schema).Where(k => k.Selection is not null);
}
