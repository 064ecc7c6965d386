namespace Gql.Fusion.Composition.Rules;

/// <summary>PROVIDES_INVALID_SYNTAX: <c>@provides(fields:)</c> must parse as a selection set.</summary>
internal sealed class ProvidesInvalidSyntaxRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var provides in ProvidesDirective.All(schema).Where(p => p.SyntaxError is not null))
        {
            log.Error(
                CompositionErrorCodes.ProvidesInvalidSyntax,
                $"The @provides directive on field '{provides.Coordinate}' in schema '{schema.Name}' contains invalid syntax in the 'fields' argument \"{provides.Fields}\": {provides.SyntaxError}",
                schema.Name,
                provides.Coordinate);
        }
    }
}
