using System.Collections.Concurrent;
using Gql.Execution;

namespace Gql.DataLoader;

/// <summary>
/// The batching state of one request: the batches the request's loaders collected and the results
/// of batches that finished. The executor finds it as the request's <see cref="IBatchDispatcher"/>
/// and calls <see cref="Dispatch"/> whenever every started resolver is waiting.
/// </summary>
/// <remarks>
/// Results of batches that finish asynchronously are handed to their callers inside the next
/// <see cref="Dispatch"/>, i.e. on the executor's loop: all waiting resolvers of a batch continue
/// (and queue their own loads) before the executor looks for idleness again, so one level of the
/// result tree makes one batch whatever the thread timing.
/// </remarks>
public sealed class DataLoaderScope : IBatchDispatcher, ISubscriptionEventListener, IDisposable
{
    private readonly object _sync = new();
    private readonly CancellationTokenSource _aborted = new();
    private readonly ConcurrentDictionary<string, IDataLoader> _loaders = new(StringComparer.Ordinal);
    private readonly List<IDataLoader> _created = [];
    private List<IScheduledBatch> _scheduled = [];
    private List<Action> _finished = [];
    private int _disposed;

    public DataLoaderScope()
    {
        Aborted = _aborted.Token;
    }

    public event EventHandler? TaskEnqueued;

    /// <summary>Canceled when the scope is disposed (end of the request); passed to batch functions.</summary>
    public CancellationToken Aborted { get; }

    public bool HasTasks
    {
        get
        {
            lock (_sync)
            {
                return _scheduled.Count > 0 || _finished.Count > 0;
            }
        }
    }

    /// <summary>
    /// Hands the results of finished batches to their callers; when there are none, starts every
    /// scheduled batch. The returned task is always complete: callers resume only inside a
    /// dispatch, never after it returns.
    /// </summary>
    public Task Dispatch()
    {
        List<Action>? finished = null;
        List<IScheduledBatch>? scheduled = null;
        lock (_sync)
        {
            if (_finished.Count > 0)
            {
                finished = _finished;
                _finished = [];
            }
            else if (_scheduled.Count > 0)
            {
                scheduled = _scheduled;
                _scheduled = [];
            }
        }

        // Continuations of the callers run inline here; the batches they add are started by a
        // later dispatch, after the executor has run out of ready work again.
        foreach (var deliver in finished ?? [])
        {
            deliver();
        }

        foreach (var batch in scheduled ?? [])
        {
            batch.Start();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs batches until <paramref name="work"/> completes, as the executor does for resolvers:
    /// for loaders used outside a GraphQL request (and in tests).
    /// </summary>
    public async Task RunAsync(Task work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var signal = new SemaphoreSlim(0);
        void OnEnqueued(object? sender, EventArgs e) => signal.Release();
        TaskEnqueued += OnEnqueued;
        try
        {
            while (!work.IsCompleted)
            {
                if (HasTasks)
                {
                    await Dispatch().ConfigureAwait(false);
                    continue;
                }

                await Task.WhenAny(work, signal.WaitAsync(cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            TaskEnqueued -= OnEnqueued;
        }

        await work.ConfigureAwait(false);
    }

    /// <summary>Runs batches until <paramref name="work"/> completes and returns its result.</summary>
    public async Task<T> RunAsync<T>(Task<T> work, CancellationToken cancellationToken = default)
    {
        await RunAsync((Task)work, cancellationToken).ConfigureAwait(false);
        return await work.ConfigureAwait(false);
    }

    /// <summary>The loader registered under <paramref name="name"/> in this scope, created on first use.</summary>
    public T GetOrAddDataLoader<T>(string name, Func<DataLoaderScope, T> factory)
        where T : IDataLoader
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(factory);
        var loader = _loaders.GetOrAdd(name, static (_, state) => state.factory(state.scope), (factory, scope: this));
        return loader is T typed
            ? typed
            : throw new InvalidOperationException($"The DataLoader \"{name}\" is a {loader.GetType().Name}, not a {typeof(T).Name}.");
    }

    /// <summary>
    /// Empties the cache of every loader of this scope: those created through
    /// <see cref="GetOrAddDataLoader"/> and those resolved from the request's services.
    /// </summary>
    public void ClearAll()
    {
        IDataLoader[] created;
        lock (_sync)
        {
            created = [.. _created];
        }

        foreach (var loader in created)
        {
            loader.Clear();
        }

        foreach (var loader in _loaders.Values)
        {
            loader.Clear();
        }
    }

    /// <summary>Each subscription event reads afresh: what an earlier event loaded may have changed since.</summary>
    public void OnEventStarting() => ClearAll();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _aborted.Cancel();
        _aborted.Dispose();
    }

    internal void Track(IDataLoader loader)
    {
        lock (_sync)
        {
            _created.Add(loader);
        }
    }

    internal void Schedule(IScheduledBatch batch)
    {
        lock (_sync)
        {
            _scheduled.Add(batch);
        }

        TaskEnqueued?.Invoke(this, EventArgs.Empty);
    }

    internal void Finished(Action deliver)
    {
        lock (_sync)
        {
            _finished.Add(deliver);
        }

        TaskEnqueued?.Invoke(this, EventArgs.Empty);
    }
}
