using Gql.Federation;
using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>One <c>@provides</c> applied to a field of a source schema, with its parsed selection.</summary>
internal sealed record ProvidesDirective(ComplexOutputType Type, OutputField Field, string? Fields, SelectionSetNode? Selection, string? SyntaxError)
{
    public string Coordinate => Coordinates.Of(Type, Field);

    public static IEnumerable<ProvidesDirective> All(SourceSchema schema)
    {
        foreach (var (type, field) in SchemaMembers.Fields(schema))
        {
            var directive = field.Directives.FirstOrDefault(d => d.Name.Value == FederationDirectiveNames.Provides);
            if (directive is null)
            {
                continue;
            }

            if (DirectiveReader.Argument(directive, "fields") is not StringValueNode { Value: var fields })
            {
                yield return new ProvidesDirective(type, field, null, null, "the 'fields' argument must be a string");
                continue;
            }

            var selection = FieldSelectionSetParser.TryParse(fields, out var error);
            yield return new ProvidesDirective(type, field, fields, selection, error);
        }
    }
}
