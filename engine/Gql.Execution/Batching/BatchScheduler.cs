namespace Gql.Execution;

/// <summary>
/// A thread-safe <see cref="IBatchDispatcher"/>: loaders <see cref="Schedule"/> their batch, the
/// executor starts all scheduled batches when it runs out of ready work.
/// </summary>
public sealed class BatchScheduler : IBatchDispatcher
{
    private readonly object _sync = new();
    private List<Func<ValueTask>> _queue = [];

    public event EventHandler? TaskEnqueued;

    public bool HasTasks
    {
        get
        {
            lock (_sync)
            {
                return _queue.Count > 0;
            }
        }
    }

    /// <summary>Queues a batch; it runs on the next <see cref="Dispatch"/>.</summary>
    public void Schedule(Func<ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        lock (_sync)
        {
            _queue.Add(dispatch);
        }

        TaskEnqueued?.Invoke(this, EventArgs.Empty);
    }

    public void Dispatch()
    {
        List<Func<ValueTask>> batches;
        lock (_sync)
        {
            if (_queue.Count == 0)
            {
                return;
            }

            batches = _queue;
            _queue = [];
        }

        foreach (var batch in batches)
        {
            // Batches report their own failures through the promises they complete.
            _ = RunAsync(batch);
        }
    }

    private static async Task RunAsync(Func<ValueTask> batch)
    {
        await batch().ConfigureAwait(false);
    }
}
