namespace Gql.Execution;

/// <summary>
/// A value that is not ready yet (an async resolver, a Task value, an async list) and the result
/// slot it completes into once ready. Completion is queued back to the executor's loop, so the
/// result tree is only ever written by one logical thread.
/// </summary>
internal sealed class DeferredCompletion
{
    private readonly OperationContext _owner;

    public DeferredCompletion(
        OperationContext owner,
        Task task,
        Func<Task, object?> readResult,
        CompiledField field,
        ValueCompletion completion,
        ResultNode node,
        int slot,
        ResolverContext? context,
        long sequence)
    {
        _owner = owner;
        Sequence = sequence;
        Task = task;
        ReadResult = readResult;
        Field = field;
        Completion = completion;
        Node = node;
        Slot = slot;
        Context = context;
    }

    public Task Task { get; }

    /// <summary>The order in which the value was started (graphql-js settles promises of one tick in that order).</summary>
    public long Sequence { get; }

    public Func<Task, object?> ReadResult { get; }

    public CompiledField Field { get; }

    public ValueCompletion Completion { get; }

    public ResultNode Node { get; }

    public int Slot { get; }

    public ResolverContext? Context { get; }

    public void OnCompleted() => _owner.Enqueue(this);
}
