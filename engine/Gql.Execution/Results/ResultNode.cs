namespace Gql.Execution;

/// <summary>
/// A map or list of the response being built. Each node knows the slot it fills in its parent so
/// a field error can null the nearest nullable ancestor (spec section 6.4.4) without exceptions.
/// </summary>
public abstract class ResultNode
{
    internal ResultNode? Parent { get; private set; }

    internal int ParentSlot { get; private set; }

    /// <summary>True when the slot this node fills in its parent is non-null.</summary>
    internal bool ParentSlotIsNonNull { get; private set; }

    /// <summary>Set when a non-null violation removed this node from the response.</summary>
    internal bool IsInvalidated { get; set; }

    /// <summary>How many slots (deferred values or child nodes) have not settled yet.</summary>
    internal int Pending { get; set; }

    /// <summary>True while the node's fields or items are started (graphql-js executeFields / completeListValue).</summary>
    internal bool InSyncPhase { get; set; } = true;

    /// <summary>True when the node's parent counts it among its pending slots.</summary>
    internal bool CountedInParent { get; set; }

    /// <summary>
    /// A non-null error raised while the map started its fields and earlier fields were still
    /// pending: graphql-js propagates it once those settle (or one of them rejects).
    /// </summary>
    internal DeferredFailure? DeferredError { get; set; }

    internal void AttachTo(ResultNode? parent, int slot, bool nonNull)
    {
        Parent = parent;
        ParentSlot = slot;
        ParentSlotIsNonNull = nonNull;
    }

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
}
