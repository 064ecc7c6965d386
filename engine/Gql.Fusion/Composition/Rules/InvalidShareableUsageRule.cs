namespace Gql.Fusion.Composition.Rules;

/// <summary>INVALID_SHAREABLE_USAGE: <c>@shareable</c> belongs on object types and their fields, not on interface fields.</summary>
internal sealed class InvalidShareableUsageRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var (type, field) in SchemaMembers.Fields(schema).Where(m => m.Type is InterfaceType && DirectiveReader.IsShareable(m.Field.Directives)))
        {
            log.Error(
                CompositionErrorCodes.InvalidShareableUsage,
                $"The interface field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' must not be marked as shareable.",
                schema.Name,
                Coordinates.Of(type, field));
        }
    }
}
