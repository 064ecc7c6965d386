namespace Gql.Data;

/// <summary>One parent key's rows of a batched page query (what the GROUP BY projection materializes).</summary>
internal sealed class BatchGroup<TKey, TValue>
{
    public TKey Key { get; set; } = default!;

    public List<TValue> Items { get; set; } = [];
}
