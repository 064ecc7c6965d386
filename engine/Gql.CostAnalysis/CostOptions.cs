namespace Gql.CostAnalysis;

/// <summary>Cost limits (Hot Chocolate's names and defaults).</summary>
public sealed class CostOptions
{
    /// <summary>Largest allowed field cost (the work of resolving fields).</summary>
    public double MaxFieldCost { get; set; } = 1000;

    /// <summary>Largest allowed type cost (the number of objects the response may hold).</summary>
    public double MaxTypeCost { get; set; } = 1000;

    /// <summary>Refuse requests over the limits; when false the cost is only computed (and reported on request).</summary>
    public bool EnforceCostLimits { get; set; } = true;

    /// <summary>The size assumed for a list field without <c>@listSize</c> (and without a slicing argument value).</summary>
    public int DefaultListSize { get; set; } = 1;
}
