using Gql.Federation;

namespace Gql.Fusion.Composition.Rules;

/// <summary>IS_INVALID_SYNTAX: <c>@is(field:)</c> must parse as a field selection map.</summary>
internal sealed class IsInvalidSyntaxRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var usage in MappedArgument.All(schema, FederationDirectiveNames.Is).Where(a => a.SyntaxError is not null))
        {
            var coordinate = usage.Coordinate;
            log.Error(
                CompositionErrorCodes.IsInvalidSyntax,
                $"The @is directive on argument '{coordinate}' in schema '{schema.Name}' contains invalid syntax in the 'field' argument \"{usage.Text}\": {usage.SyntaxError}",
                schema.Name,
                coordinate);
        }
    }
}
