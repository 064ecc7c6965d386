namespace Gql.Execution;

/// <summary>
/// The executor's hook for batching (DataLoader): register one in the request (or executor)
/// services and the executor calls <see cref="Dispatch"/> whenever every started resolver is
/// waiting and <see cref="HasTasks"/> is true, i.e. when it has no more ready work.
/// Batches that complete their promises synchronously inside the dispatch (continuations inline)
/// let the executor queue the whole next level before it looks for idleness again.
/// </summary>
public interface IBatchDispatcher
{
    /// <summary>True while batches are queued and not yet dispatched.</summary>
    bool HasTasks { get; }

    /// <summary>Raised when a batch is queued, so a waiting executor wakes up to dispatch it.</summary>
    event EventHandler? TaskEnqueued;

    /// <summary>Starts every queued batch (must leave <see cref="HasTasks"/> false unless new work arrives).</summary>
    void Dispatch();
}
