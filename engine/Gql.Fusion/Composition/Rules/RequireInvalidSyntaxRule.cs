using Gql.Federation;

namespace Gql.Fusion.Composition.Rules;

/// <summary>REQUIRE_INVALID_SYNTAX: <c>@require(field:)</c> must parse as a field selection map.</summary>
internal sealed class RequireInvalidSyntaxRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var usage in MappedArgument.All(schema, FederationDirectiveNames.Require).Where(a => a.IsString && a.SyntaxError is not null))
        {
            log.Error(
                CompositionErrorCodes.RequireInvalidSyntax,
                $"The @require directive on argument '{usage.Coordinate}' in schema '{schema.Name}' contains invalid syntax in the 'field' argument \"{usage.Text}\": {usage.SyntaxError}",
                schema.Name,
                usage.Coordinate);
        }
    }
}
