using System.Collections;

namespace Gql.Types;

/// <summary>Fields or arguments in declaration order, with lookup by name.</summary>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, IHasName
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public T? this[string name] => _byName.TryGetValue(name, out var item) ? item : null;

    public bool TryGetField(string name, out T field) => _byName.TryGetValue(name, out field!);

    public bool Contains(string name) => _byName.ContainsKey(name);

    public void Add(T item)
    {
        if (!_byName.TryAdd(item.Name, item))
        {
            throw new ArgumentException($"A member named \"{item.Name}\" already exists.", nameof(item));
        }

        _items.Add(item);
    }

    public bool Remove(string name)
    {
        if (!_byName.Remove(name, out var item))
        {
            return false;
        }

        _items.Remove(item);
        return true;
    }

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
