using System.Collections;

namespace Gql.Execution;

/// <summary>A list of the response; items are written by index as they complete.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private Slot[] _items;
    private int _count;
    private NodeState _state;

    internal ResultList(int capacity)
    {
        _items = capacity == 0 ? [] : new Slot[capacity];
    }

    public int Count => _count;

    public object? this[int index] => (uint)index < (uint)_count ? _items[index].Value : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i].Value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reserves the next slot and returns its index.</summary>
    internal int AddSlot()
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length == 0 ? 4 : _items.Length * 2);
        }

        return _count++;
    }

    private protected override ref NodeState State => ref _state;

    internal override void SetSlot(int slot, object? value) => _items[slot].Value = value;

    internal override object GetSegment(int slot) => slot;

    /// <summary>An item; a struct so that storing it needs no array covariance check.</summary>
    private struct Slot
    {
        public object? Value;
    }
}
