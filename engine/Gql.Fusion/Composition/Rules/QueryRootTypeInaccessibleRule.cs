namespace Gql.Fusion.Composition.Rules;

/// <summary>QUERY_ROOT_TYPE_INACCESSIBLE: every source schema's query type must stay visible.</summary>
internal sealed class QueryRootTypeInaccessibleRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        if (DirectiveReader.IsInaccessible(schema.Schema.QueryType.Directives))
        {
            log.Error(
                CompositionErrorCodes.QueryRootTypeInaccessible,
                $"The root query type in schema '{schema.Name}' must be accessible.",
                schema.Name,
                schema.Schema.QueryType.Name);
        }
    }
}
