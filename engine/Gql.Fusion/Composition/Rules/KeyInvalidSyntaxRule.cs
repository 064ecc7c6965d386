namespace Gql.Fusion.Composition.Rules;

/// <summary>KEY_INVALID_SYNTAX: <c>@key(fields:)</c> must parse as a selection set.</summary>
internal sealed class KeyInvalidSyntaxRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var key in KeyDirective.All(schema).Where(k => k.SyntaxError is not null))
        {
            log.Error(
                CompositionErrorCodes.KeyInvalidSyntax,
                $"A @key directive on type '{key.Type.Name}' in schema '{schema.Name}' contains invalid syntax in the 'fields' argument \"{key.Fields}\": {key.SyntaxError}",
                schema.Name,
                key.Type.Name);
        }
    }
}
