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

    public int Count => _count;

    public static NodeStack Rent()
    {
        var stack = t_cached ?? new NodeStack();
        t_cached = null;
        return stack;
    }

    public static void Return(NodeStack stack)
    {
        if (stack._count > 0)
        {
            Array.Clear(stack._items, 0, stack._count);
            stack._count = 0;
        }

        t_cached = stack;
    }

    public void Push(object node)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = node;
    }

    /// <summary>Pops everything pushed since <paramref name="start"/> into an exact-size array.</summary>
    public T[] PopToArray<T>(int start)
        where T : class
    {
        var length = _count - start;
        if (length == 0)
        {
            return [];
        }

        // Only nodes of the list's type were pushed since start, and result is a T[] itself (not a
        // covariant view): writing through a ref skips the cast and the array store type check.
        var result = new T[length];
        ref var target = ref MemoryMarshal.GetArrayDataReference(result);
        var items = _items.AsSpan(start, length);
        for (var i = 0; i < items.Length; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.As<object, T>(ref items[i]);
        }

        items.Clear();

        _count = start;
        return result;
    }
}
