namespace Gql.Execution;

/// <summary>
/// The executor's hook for batching (DataLoader): register one in the request (or executor)
/// services and the executor calls <see cref="Dispatch"/> whenever every started resolver is
/// waiting and <see cref="HasTasks"/> is true, i.e. when it has no more ready work and no batch
/// of its previous dispatch is still running.
/// </summary>
/// <remarks>
/// A batch completes the promises of its keys; resolvers awaiting them continue inline (promises
/// without <c>TaskCreationOptions.RunContinuationsAsynchronously</c>) and queue their next loads
/// before the batch ends, so all loads of the next level join one batch even when the batch
/// completes its promises later, one at a time, on other threads.
/// </remarks>
public interface IBatchDispatcher
{
    /// <summary>True while batches are queued and not yet dispatched.</summary>
    bool HasTasks { get; }

    /// <summary>Raised when a batch is queued, so a waiting executor wakes up to dispatch it.</summary>
    event EventHandler? TaskEnqueued;

    /// <summary>
    /// Starts every queued batch (must leave <see cref="HasTasks"/> false unless new work arrives).
    /// The task completes when every batch it started has completed, or earlier when one of them
    /// waits for a batch it queued itself (so that the executor dispatches again).
    /// </summary>
    Task Dispatch();
}
