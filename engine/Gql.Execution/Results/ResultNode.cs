namespace Gql.Execution;

/// <summary>
/// A map or list of the response being built. Each node knows the slot it fills in its parent so
/// a field error can null the nearest nullable ancestor (spec section 6.4.4) without exceptions.
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode()
    {
    }

    internal ResultNode? Parent => State.Parent;

    internal int ParentSlot => State.ParentSlot;

    /// <summary>
    /// Where the node sits in its parent and its null-propagation flags: kept by lists and the
    /// general executor's maps; the maps of <see cref="DictionaryExecution"/> (which hands
    /// anything that could fail to the general executor) have none, so they are 16 bytes smaller.
    /// </summary>
    private protected abstract ref NodeState State { get; }

    /// <summary>True when the slot this node fills in its parent is non-null.</summary>
    internal bool ParentSlotIsNonNull
    {
        get => Has(NodeFlags.ParentSlotIsNonNull);
        private set => Set(NodeFlags.ParentSlotIsNonNull, value);
    }

    /// <summary>Set when a non-null violation removed this node from the response.</summary>
    internal bool IsInvalidated
    {
        get => Has(NodeFlags.Invalidated);
        set => Set(NodeFlags.Invalidated, value);
    }

    /// <summary>True while the node's fields or items are started (graphql-js executeFields / completeListValue).</summary>
    internal bool InSyncPhase
    {
        get => !Has(NodeFlags.SyncPhaseEnded);
        set => Set(NodeFlags.SyncPhaseEnded, !value);
    }

    /// <summary>True when the node's parent counts it among its pending slots.</summary>
    internal bool CountedInParent
    {
        get => Has(NodeFlags.CountedInParent);
        set => Set(NodeFlags.CountedInParent, value);
    }

    /// <summary>
    /// True while a non-null error raised when the map started its fields waits for earlier
    /// pending fields (graphql-js propagates it once those settle, or one of them rejects).
    /// </summary>
    /// <remarks>
    /// The error itself and the count of pending slots are kept by the operation, only for the
    /// nodes that have any, so a node of a synchronous result stays small.
    /// </remarks>
    internal bool HasDeferredError
    {
        get => Has(NodeFlags.DeferredError);
        set => Set(NodeFlags.DeferredError, value);
    }

    /// <summary>True when the node's later fields are not started: it was removed, or a deferred error waits (one state read).</summary>
    internal bool StopsFields => (State.Flags & (NodeFlags.Invalidated | NodeFlags.DeferredError)) != 0;

    internal void AttachTo(ResultNode? parent, int slot, bool nonNull)
    {
        ref var state = ref State;
        state.Parent = parent;
        state.ParentSlot = slot;
        ParentSlotIsNonNull = nonNull;
    }

    /// <summary>Stores the value of a slot (maps: a response name's position; lists: an item index).</summary>
    internal abstract void SetSlot(int slot, object? value);

    /// <summary>The response path segment of a slot: a response name (maps) or an index (lists).</summary>
    internal abstract object GetSegment(int slot);

    /// <summary>The response path of a slot of this node, from the root.</summary>
    internal object[] GetPath(int slot)
    {
        var depth = 1;
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[--depth] = GetSegment(slot);
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            path[--depth] = node.Parent.GetSegment(node.ParentSlot);
        }

        return path;
    }

    private bool Has(NodeFlags flag) => (State.Flags & flag) != 0;

    private void Set(NodeFlags flag, bool value)
    {
        ref var flags = ref State.Flags;
        flags = value ? flags | flag : flags & ~flag;
    }

    [Flags]
    private protected enum NodeFlags : byte
    {
        None = 0,
        ParentSlotIsNonNull = 1,
        Invalidated = 2,
        SyncPhaseEnded = 4,
        CountedInParent = 8,
        DeferredError = 16,
    }

    /// <summary>The parent link and flags of a node (one byte of flags, so the struct is 16 bytes).</summary>
    private protected struct NodeState
    {
        public ResultNode? Parent;
        public int ParentSlot;
        public NodeFlags Flags;
    }
}
