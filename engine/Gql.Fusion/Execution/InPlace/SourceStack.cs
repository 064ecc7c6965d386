using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Gql.Fusion.Execution.InPlace;

/// <summary>
/// The subgraph elements that make up the objects on the way from the root to the current
/// position of an in-place walk: each position's sources are a run at the top (the value of the
/// field in each source of its parent, then the answers of the entity fetches for it), addressed
/// by index so the array may grow. Reused per thread (walks never await).
/// </summary>
internal sealed class SourceStack
{
    [ThreadStatic]
    private static SourceStack? t_cached;

    private JsonElement[] _items = new JsonElement[64];
    private int[] _cursors = new int[16];
    private int _fetchCount;

    public int Count { get; private set; }

    public JsonElement this[int index] => _items[index];

    /// <summary>The next occurrence to read per entity fetch (by fetch id).</summary>
    public Span<int> Cursors => _cursors.AsSpan(0, _fetchCount);

    public static SourceStack Rent(int fetchCount)
    {
        var stack = t_cached ?? new SourceStack();
        t_cached = null;
        if (stack._cursors.Length < fetchCount)
        {
            stack._cursors = new int[fetchCount];
        }

        stack._fetchCount = fetchCount;
        stack.Cursors.Clear();
        stack.Count = 0;
        return stack;
    }

    public void Return()
    {
        // Drop the references to the answers, which go back to their pool.
        Array.Clear(_items);
        t_cached = this;
    }

    public void Push(JsonElement element)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = element;
    }

    public void PopTo(int count) => Count = count;

    /// <summary>Pushes <paramref name="count"/> undefined elements (slots to fill); returns the first one's index.</summary>
    public int PushSlots(int count)
    {
        while (Count + count > _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        var first = Count;
        _items.AsSpan(first, count).Clear();
        Count += count;
        return first;
    }

    /// <summary>The element at <paramref name="index"/>, to fill.</summary>
    public ref JsonElement Slot(int index) => ref _items[index];

    /// <summary>Pushes the value of the property in each source of <c>[start, start + count)</c> that has it; returns how many.</summary>
    public int PushProperty(int start, int count, ReadOnlySpan<byte> utf8Name)
    {
        var before = Count;
        for (var i = start; i < start + count; i++)
        {
            if (_items[i].TryGetProperty(utf8Name, out var value))
            {
                Push(value);
            }
        }

        return Count - before;
    }

    /// <summary>The first non-null value of the property in the sources, or an undefined element.</summary>
    public JsonElement FirstValue(int start, int count, ReadOnlySpan<byte> name)
    {
        for (var i = start; i < start + count; i++)
        {
            if (_items[i].TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }
        }

        return default;
    }

    /// <summary>
    /// Pushes, right after the position's sources (which must be the top run), the answer each
    /// entity fetch in <paramref name="fetchIds"/> gave for the object at this position: the
    /// fetch's next occurrence, which must be one of the position's sources (else the walk lost
    /// its way: false). Fetches that have not answered yet are skipped.
    /// </summary>
    public bool PushAnswers(ReadOnlySpan<int> fetchIds, FetchOutcome?[] outcomes, int start, ref int count)
    {
        foreach (var id in fetchIds)
        {
            if (outcomes[id] is not { } outcome)
            {
                continue;
            }

            ref var cursor = ref Cursors[id];
            if (cursor >= outcome.Occurrences.Count)
            {
                return false;
            }

            var occurrence = outcome.Occurrences[cursor++];
            if (!Contains(start, count, occurrence.Entity))
            {
                return false;
            }

            if (occurrence.Group >= 0 && outcome.Answers[occurrence.Group] is { ValueKind: JsonValueKind.Object } answer)
            {
                Push(answer);
                count++;
            }
        }

        return true;
    }

    private bool Contains(int start, int count, JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        for (var i = start; i < start + count; i++)
        {
            var candidate = JsonMarshal.GetRawUtf8Value(_items[i]);
            if (candidate.Length == raw.Length && Unsafe.AreSame(ref MemoryMarshal.GetReference(candidate), ref MemoryMarshal.GetReference(raw)))
            {
                return true;
            }
        }

        return false;
    }
}
