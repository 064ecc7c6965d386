namespace Gql.Fusion.Execution;

/// <summary>The <c>extensions.code</c> values the gateway adds to errors of fields it could not fetch.</summary>
public static class FusionErrorCodes
{
    /// <summary>The subgraph could not be reached (connection refused, reset, DNS, ...).</summary>
    public const string SubgraphUnavailable = "SUBGRAPH_UNAVAILABLE";

    /// <summary>The subgraph did not answer within its timeout.</summary>
    public const string SubgraphTimeout = "SUBGRAPH_TIMEOUT";

    /// <summary>The subgraph answered with something that is not a GraphQL response.</summary>
    public const string SubgraphBadResponse = "SUBGRAPH_BAD_RESPONSE";

    /// <summary>The operation could not be planned (see <c>QueryPlanningException</c>).</summary>
    public const string QueryPlanningFailed = Planning.QueryPlanningException.Code;
}
