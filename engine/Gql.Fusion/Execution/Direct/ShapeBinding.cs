using Gql.Fusion.Planning;

namespace Gql.Fusion.Execution.Direct;

/// <summary>
/// The entity fetches of a plan placed on a <see cref="ResponseShape"/>: per object level (a
/// <see cref="ShapeValue"/> of kind object or abstract) the fetches whose path ends there, so the
/// in-place writer takes their answers as further sources of each object it writes at that level.
/// </summary>
internal sealed class ShapeBinding
{
    private static readonly int[] None = [];

    private readonly int[][] _fetchesAt;

    private ShapeBinding(QueryPlan plan, int[][] fetchesAt, int[] atRoot)
    {
        Plan = plan;
        _fetchesAt = fetchesAt;
        AtRoot = atRoot;
    }

    public QueryPlan Plan { get; }

    /// <summary>The entity fetches whose path is empty (they complete the root object).</summary>
    public int[] AtRoot { get; }

    /// <summary>The entity fetches that complete the objects written at <paramref name="value"/>.</summary>
    public int[] FetchesAt(ShapeValue value) => _fetchesAt[value.Index];

    public static ShapeBinding Bind(ResponseShape shape, QueryPlan plan)
    {
        var fetchesAt = new List<int>?[shape.ValueCount];
        var atRoot = new List<int>();
        foreach (var fetch in plan.Fetches)
        {
            if (fetch.Kind != FetchKind.Entity)
            {
                continue;
            }

            if (fetch.Path.Count == 0)
            {
                atRoot.Add(fetch.Id);
                continue;
            }

            // A path the shape does not have leaves the fetch's occurrences unread: the writer
            // notices (not every occurrence read) and the result is replayed.
            Mark(fetch, 0, [shape.Root], fetchesAt);
        }

        var result = new int[shape.ValueCount][];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = fetchesAt[i] is { } ids ? [.. ids] : None;
        }

        return new ShapeBinding(plan, result, [.. atRoot]);
    }

    private static void Mark(FetchNode fetch, int depth, IEnumerable<ShapeSelectionSet> selections, List<int>?[] fetchesAt)
    {
        foreach (var selection in selections)
        {
            foreach (var field in selection.Fields)
            {
                if (field.Value is null || !string.Equals(field.ResponseName, fetch.Path[depth], StringComparison.Ordinal))
                {
                    continue;
                }

                var value = field.Value;
                while (value.Kind == ShapeKind.List)
                {
                    value = value.Item!;
                }

                if (value.Kind is not (ShapeKind.Object or ShapeKind.Abstract))
                {
                    continue;
                }

                if (depth == fetch.Path.Count - 1)
                {
                    var ids = fetchesAt[value.Index] ??= [];
                    if (!ids.Contains(fetch.Id))
                    {
                        ids.Add(fetch.Id);
                    }
                }
                else
                {
                    Mark(fetch, depth + 1, value.Kind == ShapeKind.Object ? [value.Selection!] : value.SelectionByTypeName!.Values, fetchesAt);
                }
            }
        }
    }
}
