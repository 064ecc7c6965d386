namespace Gql.Fusion.Composition.Rules;

/// <summary>PROVIDES_ON_NON_COMPOSITE_FIELD: only fields returning object or interface types can provide subfields.</summary>
internal sealed class ProvidesOnNonCompositeFieldRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var provides in ProvidesDirective.All(schema).Where(p => p.Field.Type.NamedType() is not ComplexOutputType))
        {
            log.Error(
                CompositionErrorCodes.ProvidesOnNonCompositeField,
                $"The field '{provides.Coordinate}' in schema '{schema.Name}' includes a @provides directive, but does not return a composite type.",
                schema.Name,
                provides.Coordinate);
        }
    }
}
