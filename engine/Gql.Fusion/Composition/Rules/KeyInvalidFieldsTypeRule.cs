namespace Gql.Fusion.Composition.Rules;

/// <summary>KEY_INVALID_FIELDS_TYPE: <c>@key(fields:)</c> must be a string.</summary>
internal sealed class KeyInvalidFieldsTypeRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var key in KeyDirective.All(schema).Where(k => k.Fields is null))
        {
            log.Error(
                CompositionErrorCodes.KeyInvalidFieldsType,
                $"The @key directive on type '{key.Type.Name}' in schema '{schema.Name}' must specify a string value for the 'fields' argument.",
                schema.Name,
                key.Type.Name);
        }
    }
}
