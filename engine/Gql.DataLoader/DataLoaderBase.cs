using System.Diagnostics;

namespace Gql.DataLoader;

/// <summary>
/// The DataLoader machinery: per-request cache, batching of keys, splitting by
/// <see cref="DataLoaderOptions.MaxBatchSize"/>, per-key and per-batch failures. Subclasses
/// implement <see cref="FetchAsync"/>; most use <see cref="BatchDataLoader{TKey, TValue}"/>,
/// <see cref="GroupedDataLoader{TKey, TValue}"/> or <see cref="CacheDataLoader{TKey, TValue}"/>.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly object _sync = new();
    private readonly DataLoaderScope _scope;
    private readonly IEqualityComparer<TKey> _comparer = EqualityComparer<TKey>.Default;
    private readonly Dictionary<TKey, Task<TValue>> _cache;
    private Batch<TKey, TValue>? _current;

    protected DataLoaderBase(DataLoaderScope scope, DataLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        _scope = scope;
        Options = options ?? DataLoaderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(Options.MaxBatchSize);
        _cache = new Dictionary<TKey, Task<TValue>>(_comparer);
        scope.Track(this);
    }

    public DataLoaderOptions Options { get; }

    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Task<TValue> task;
        Batch<TKey, TValue>? created = null;
        lock (_sync)
        {
            if (!Options.Caching || !_cache.TryGetValue(key, out task!))
            {
                var batch = _current;
                if (batch is null || IsFull(batch))
                {
                    batch = created = new Batch<TKey, TValue>(this, _comparer);
                    _current = batch;
                }

                task = batch.Add(key);
                if (Options.Caching)
                {
                    _cache[key] = task;
                }
            }
        }

        if (created is not null)
        {
            _scope.Schedule(created);
        }

        return cancellationToken.CanBeCanceled && !task.IsCompleted ? task.WaitAsync(cancellationToken) : task;
    }

    public Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new Task<TValue>[keys.Count];
        var i = 0;
        foreach (var key in keys)
        {
            tasks[i++] = LoadAsync(key, cancellationToken);
        }

        return WhenAllAsync(tasks);
    }

    public void Set(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Options.Caching)
        {
            return;
        }

        lock (_sync)
        {
            _cache[key] = Task.FromResult(value);
        }
    }

    public void Prime(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Options.Caching)
        {
            return;
        }

        lock (_sync)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    public void Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_sync)
        {
            _cache.Remove(key);
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _cache.Clear();
        }
    }

    /// <summary>
    /// Loads <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>)
    /// and reports each key's value or error in <paramref name="results"/>. An exception fails every key
    /// of the batch.
    /// </summary>
    protected abstract Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue> results, CancellationToken cancellationToken);

    internal void StartBatch(Batch<TKey, TValue> batch)
    {
        lock (_sync)
        {
            if (ReferenceEquals(_current, batch))
            {
                _current = null;
            }
        }

        var results = new BatchResults<TKey, TValue>(_comparer);
        var parentActivity = Activity.Current;
        var activity = DataLoaderTelemetry.StartBatch(GetType(), batch.Count);
        Task fetch;
        try
        {
            fetch = FetchAsync(batch.Keys, results, _scope.Aborted);
        }
        catch (Exception ex)
        {
            Deliver(batch, results, ex, activity);
            return;
        }
        finally
        {
            // The batch span is current only for the fetch (database spans nest under it), not for the scheduler.
            if (activity is not null)
            {
                Activity.Current = parentActivity;
            }
        }

        if (fetch.IsCompleted)
        {
            Deliver(batch, results, fetch, activity);
            return;
        }

        fetch.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(
            () => _scope.Finished(() => Deliver(batch, results, fetch, activity)));
    }

    private static async Task<IReadOnlyList<TValue>> WhenAllAsync(Task<TValue>[] tasks)
        => await Task.WhenAll(tasks).ConfigureAwait(false);

    private bool IsFull(Batch<TKey, TValue> batch)
        => Options.MaxBatchSize > 0 && batch.Count >= Options.MaxBatchSize;

    private void Deliver(Batch<TKey, TValue> batch, BatchResults<TKey, TValue> results, Task fetch, Activity? activity)
    {
        Exception? failure = fetch.Status switch
        {
            TaskStatus.Faulted => fetch.Exception!.InnerExceptions.Count == 1 ? fetch.Exception.InnerExceptions[0] : fetch.Exception,
            TaskStatus.Canceled => new TaskCanceledException(fetch),
            _ => null,
        };
        Deliver(batch, results, failure, activity);
    }

    private void Deliver(Batch<TKey, TValue> batch, BatchResults<TKey, TValue> results, Exception? failure, Activity? activity)
    {
        if (activity is not null)
        {
            DataLoaderTelemetry.StopBatch(activity, failure);
        }

        foreach (var key in batch.Keys)
        {
            var promise = batch.GetPromise(key);
            Exception? error = failure;
            if (error is null && results.TryGetError(key, out var keyError))
            {
                error = keyError;
            }

            if (error is null)
            {
                promise.TrySetResult(results.GetValueOrDefault(key));
                continue;
            }

            // graphql/dataloader: a failure is not cached, the next load asks again.
            ForgetFailed(key, promise.Task);
            if (error is OperationCanceledException canceled)
            {
                promise.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                promise.TrySetException(error);
            }
        }
    }

    private void ForgetFailed(TKey key, Task<TValue> failed)
    {
        lock (_sync)
        {
            if (_cache.TryGetValue(key, out var cached) && ReferenceEquals(cached, failed))
            {
                _cache.Remove(key);
            }
        }
    }
}
