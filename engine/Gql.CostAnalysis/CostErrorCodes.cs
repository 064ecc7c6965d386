namespace Gql.CostAnalysis;

/// <summary>The <c>extensions.code</c> values of cost analysis errors.</summary>
public static class CostErrorCodes
{
    public const string MaxFieldCostExceeded = "MAX_FIELD_COST_EXCEEDED";

    public const string MaxTypeCostExceeded = "MAX_TYPE_COST_EXCEEDED";

    /// <summary>A field with <c>requireOneSlicingArgument</c> got none or several of its slicing arguments.</summary>
    public const string SlicingArgumentRequired = "SLICING_ARGUMENT_REQUIRED";
}
