namespace Gql.Fusion.Planning;

/// <summary>The operation cannot be split into subgraph requests with the composite schema's lookups.</summary>
public sealed class QueryPlanningException(string message) : Exception(message)
{
    public const string Code = "QUERY_PLANNING_FAILED";
}
