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

    internal ResultNode? Parent { get; private set; }

    internal int ParentSlot { get; private set; }

    // One byte for the node's state, so a map stays at 48 bytes.
    private NodeFlags _flags;

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

    internal void AttachTo(ResultNode? parent, int slot, bool nonNull)
    {
        Parent = parent;
        ParentSlot = slot;
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

    private bool Has(NodeFlags flag) => (_flags & flag) != 0;

    private void Set(NodeFlags flag, bool value) => _flags = value ? _flags | flag : _flags & ~flag;

    [Flags]
    private enum NodeFlags : byte
    {
        None = 0,
        ParentSlotIsNonNull = 1,
        Invalidated = 2,
        SyncPhaseEnded = 4,
        CountedInParent = 8,
        DeferredError = 16,
    }
}
