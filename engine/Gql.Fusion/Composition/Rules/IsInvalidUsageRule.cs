using Gql.Federation;

namespace Gql.Fusion.Composition.Rules;

/// <summary>IS_INVALID_USAGE: <c>@is</c> maps arguments of <c>@lookup</c> fields only.</summary>
internal sealed class IsInvalidUsageRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var usage in MappedArgument.All(schema, FederationDirectiveNames.Is).Where(a => !DirectiveReader.IsLookup(a.Field.Directives)))
        {
            var coordinate = usage.Coordinate;
            log.Error(
                CompositionErrorCodes.IsInvalidUsage,
                $"The @is directive on argument '{coordinate}' in schema '{schema.Name}' is only allowed on arguments of lookup fields.",
                schema.Name,
                coordinate);
        }
    }
}
