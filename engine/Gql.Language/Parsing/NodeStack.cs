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
    {
        var length = _count - start;
        if (length == 0)
        {
            return [];
        }

        var result = new T[length];
        for (var i = 0; i < length; i++)
        {
            result[i] = (T)_items[start + i];
            _items[start + i] = null!;
        }

        _count = start;
        return result;
    }
}
