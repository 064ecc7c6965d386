using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gql.Execution;

/// <summary>
/// A <see cref="ResultMap"/> of the general executor: its values inline like
/// <see cref="InlineResultMap{TValues}"/>, plus the parent link and flags null propagation uses.
/// </summary>
internal sealed class TrackedResultMap<TValues>(ResponseKeys keys) : ResultMap(keys)
    where TValues : struct
{
    private NodeState _state;
    private TValues _values;

    internal override Span<object?> Slots => MemoryMarshal.CreateSpan(ref Unsafe.As<TValues, object?>(ref _values), Count);

    private protected override ref NodeState State => ref _state;
}
