namespace Gql.Execution;

/// <summary>
/// A thread-safe <see cref="IBatchDispatcher"/>: loaders <see cref="Schedule"/> their batch, the
/// executor starts all scheduled batches when it runs out of ready work.
/// </summary>
public sealed class BatchScheduler : IBatchDispatcher
{
    // The scheduler whose batch is running in this async flow: a batch that loads through the
    // same scheduler must not wait for its own end before those loads are dispatched.
    private static readonly AsyncLocal<BatchScheduler?> RunningBatchOf = new();

    private readonly object _sync = new();
    private List<Func<ValueTask>> _queue = [];
    private TaskCompletionSource? _running;
    private bool _queuedByBatch;

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
        var byBatch = ReferenceEquals(RunningBatchOf.Value, this);
        TaskCompletionSource? running = null;
        lock (_sync)
        {
            _queue.Add(dispatch);
            if (byBatch)
            {
                _queuedByBatch = true;
                running = _running;
                _running = null;
            }
        }

        running?.TrySetResult();

        TaskEnqueued?.Invoke(this, EventArgs.Empty);
    }

    public Task Dispatch()
    {
        List<Func<ValueTask>> batches;
        lock (_sync)
        {
            if (_queue.Count == 0)
            {
                return Task.CompletedTask;
            }

            batches = _queue;
            _queue = [];
            _queuedByBatch = false;
        }

        List<Task>? unfinished = null;
        foreach (var batch in batches)
        {
            // Batches report their own failures through the promises they complete.
            var task = RunAsync(batch);
            if (!task.IsCompleted)
            {
                (unfinished ??= []).Add(task);
            }
        }

        if (unfinished is null)
        {
            return Task.CompletedTask;
        }

        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync)
        {
            if (_queuedByBatch)
            {
                return Task.CompletedTask;
            }

            _running = running;
        }

        Task.WhenAll(unfinished).ContinueWith(
            (_, state) => ((TaskCompletionSource)state!).TrySetResult(),
            running,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return running.Task;
    }

    private async Task RunAsync(Func<ValueTask> batch)
    {
        RunningBatchOf.Value = this;
        await batch().ConfigureAwait(false);
    }
}
