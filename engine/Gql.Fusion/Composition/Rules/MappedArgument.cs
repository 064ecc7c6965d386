using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// An argument annotated with <c>@is</c> or <c>@require</c>, with its parsed field selection map
/// (null with <see cref="SyntaxError"/> when the map is not a string or does not parse).
/// </summary>
internal sealed record MappedArgument(ComplexOutputType Type, OutputField Field, Argument Argument, string? Text, FieldSelectionMap? Map, string? SyntaxError)
{
    public string Coordinate => Coordinates.Of(Type, Field, Argument);

    public bool IsString => Text is not null;

    /// <summary>Every argument of the schema annotated with <c>@<paramref name="directiveName"/>(field:)</c>.</summary>
    public static IEnumerable<MappedArgument> All(SourceSchema schema, string directiveName)
    {
        foreach (var (type, field, argument) in SchemaMembers.Arguments(schema))
        {
            var directive = argument.Directives.FirstOrDefault(d => d.Name.Value == directiveName);
            if (directive is null)
            {
                continue;
            }

            if (DirectiveReader.Argument(directive, "field") is not StringValueNode { Value: var text })
            {
                yield return new MappedArgument(type, field, argument, null, null, "the 'field' argument must be a string");
                continue;
            }

            var map = FieldSelectionMapParser.TryParse(text, out var error);
            yield return new MappedArgument(type, field, argument, text, map, error);
        }
    }
}
