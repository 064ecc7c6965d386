using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gql.Execution;

/// <summary>
/// A <see cref="ResultMap"/> of <see cref="DictionaryExecution"/> whose values live in the object
/// (a fixed-size inline array of at least <see cref="ResultMap.Count"/> references): one
/// allocation per response object, and no null-propagation state (see <see cref="TrackedResultMap{TValues}"/>).
/// </summary>
internal sealed class InlineResultMap<TValues>(ResponseKeys keys) : ResultMap(keys)
    where TValues : struct
{
    private TValues _values;

    internal override Span<object?> Slots => MemoryMarshal.CreateSpan(ref Unsafe.As<TValues, object?>(ref _values), Count);

    /// <summary>The first value (the others follow it), for code that knows the map's size.</summary>
    internal ref object? FirstValue => ref Unsafe.As<TValues, object?>(ref _values);

    private protected override ref NodeState State => throw new InvalidOperationException("A map of the dictionary plan takes no part in null propagation.");
}
