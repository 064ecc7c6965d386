using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gql.Language.Parsing;

/// <summary>
/// A scratch stack the parser collects list items on, so each list in the AST is allocated
/// once at its exact size. One instance per thread, reused across parses.
/// </summary>
internal sealed class NodeStack
{
    [ThreadStatic]
    private static NodeStack? t_cached;

    private object[] _items = new object[256];
    private int _count;
    private int _highWater;

    public int Count => _count;

    public static NodeStack Rent()
    {
        var stack = t_cached ?? new NodeStack();
        t_cached = null;
        return stack;
    }

    public static void Return(NodeStack stack)
    {
        // Popped slots are cleared once here rather than after every list, so the stack keeps
        // no nodes of the finished document alive.
        // (_count is above zero only when the parse failed midway.)
        var used = Math.Max(stack._highWater, stack._count);
        if (used > 0)
        {
            Array.Clear(stack._items, 0, used);
            stack._highWater = 0;
        }

        stack._count = 0;
        t_cached = stack;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(object node)
    {
        if ((uint)_count >= (uint)_items.Length)
        {
            Grow();
        }

        // _items is exactly an object[]: a store through a ref skips the covariant array store check.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), _count++) = node;
    }

    /// <summary>Pops everything pushed since <paramref name="start"/> into an exact-size array.</summary>
    /// <remarks>Inlined so <c>new T[]</c> is compiled for the caller's exact T, without the shared-generic lookup.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T[] PopToArray<T>(int start)
        where T : class
    {
        var length = _count - start;
        if (length == 0)
        {
            return [];
        }

        if (_count > _highWater)
        {
            _highWater = _count;
        }

        // Only nodes of the list's type were pushed since start, and result is a T[] itself (not a
        // covariant view): writing through a ref skips the cast and the array store type check.
        var result = new T[length];
        ref var target = ref MemoryMarshal.GetArrayDataReference(result);
        ref var source = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), start);
        for (var i = 0; i < length; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.As<object, T>(ref Unsafe.Add(ref source, i));
        }

        _count = start;
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref _items, _items.Length * 2);
}
