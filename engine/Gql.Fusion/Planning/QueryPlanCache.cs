using System.Runtime.CompilerServices;
using Gql.Language.Syntax;

namespace Gql.Fusion.Planning;

/// <summary>
/// Plans per operation node: the executor's document cache hands out one parsed document per
/// document text, so a plan is made once per document and operation name and lives as long as
/// the document stays cached (weakly held). Operations that cannot be planned are remembered too.
/// </summary>
public sealed class QueryPlanCache(QueryPlanner planner)
{
    private readonly ConditionalWeakTable<OperationDefinitionNode, Entry> _plans = [];

    public QueryPlanner Planner { get; } = planner;

    /// <summary>The cached plan, or a new one; throws <see cref="QueryPlanningException"/> for operations that cannot be planned.</summary>
    public QueryPlan GetOrPlan(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        if (!_plans.TryGetValue(operation, out var entry))
        {
            entry = Create(operation, fragments);
            entry = _plans.GetValue(operation, _ => entry);
        }

        return entry.Plan ?? throw entry.Failure!;
    }

    private Entry Create(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        try
        {
            return new Entry(Planner.Plan(operation, fragments), null);
        }
        catch (QueryPlanningException ex)
        {
            return new Entry(null, ex);
        }
    }

    private sealed record Entry(QueryPlan? Plan, QueryPlanningException? Failure);
}
