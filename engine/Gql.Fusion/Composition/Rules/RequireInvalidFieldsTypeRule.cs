using Gql.Federation;

namespace Gql.Fusion.Composition.Rules;

/// <summary>REQUIRE_INVALID_FIELDS_TYPE: <c>@require(field:)</c> must be a string.</summary>
internal sealed class RequireInvalidFieldsTypeRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var usage in MappedArgument.All(schema, FederationDirectiveNames.Require).Where(a => !a.IsString))
        {
            log.Error(
                CompositionErrorCodes.RequireInvalidFieldsType,
                $"The @require directive on argument '{usage.Coordinate}' in schema '{schema.Name}' must specify a string value for the 'field' argument.",
                schema.Name,
                usage.Coordinate);
        }
    }
}
