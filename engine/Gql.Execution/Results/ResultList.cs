using System.Collections;

namespace Gql.Execution;

/// <summary>A list of the response; items are written by index as they complete.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private int _count;

    internal ResultList(int capacity)
        : base(capacity)
    {
    }

    public int Count => _count;

    public object? this[int index] => (uint)index < (uint)_count ? Slots[index].Value : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return Slots[i].Value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reserves the next slot and returns its index.</summary>
    internal int AddSlot()
    {
        if (_count == Slots.Length)
        {
            Array.Resize(ref Slots, Slots.Length == 0 ? 4 : Slots.Length * 2);
        }

        return _count++;
    }

    internal override object GetSegment(int slot) => slot;
}
