namespace Gql.Fusion.Composition.Rules;

/// <summary>LOOKUP_MUST_HAVE_ARGUMENTS: a <c>@lookup</c> identifies its entity by its arguments.</summary>
internal sealed class LookupMustHaveArgumentsRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var (type, field) in SchemaMembers.Lookups(schema).Where(m => m.Field.Arguments.Count == 0))
        {
            log.Error(
                CompositionErrorCodes.LookupMustHaveArguments,
                $"The lookup field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' must declare at least one argument.",
                schema.Name,
                Coordinates.Of(type, field));
        }
    }
}
