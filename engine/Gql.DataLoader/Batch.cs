namespace Gql.DataLoader;

/// <summary>The distinct keys one batch call receives, each with the promise its callers wait on.</summary>
internal sealed class Batch<TKey, TValue> : IScheduledBatch
    where TKey : notnull
{
    private readonly DataLoaderBase<TKey, TValue> _owner;
    private readonly List<TKey> _keys = [];
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _promises;

    public Batch(DataLoaderBase<TKey, TValue> owner, IEqualityComparer<TKey> comparer)
    {
        _owner = owner;
        _promises = new Dictionary<TKey, TaskCompletionSource<TValue>>(comparer);
    }

    public int Count => _keys.Count;

    public IReadOnlyList<TKey> Keys => _keys;

    /// <summary>The promise of <paramref name="key"/>; a key already in the batch shares its promise.</summary>
    public Task<TValue> Add(TKey key)
    {
        if (!_promises.TryGetValue(key, out var promise))
        {
            // Continuations run inline on purpose: see DataLoaderScope.
            promise = new TaskCompletionSource<TValue>();
            _promises.Add(key, promise);
            _keys.Add(key);
        }

        return promise.Task;
    }

    public TaskCompletionSource<TValue> GetPromise(TKey key) => _promises[key];

    public void Start() => _owner.StartBatch(this);
}
