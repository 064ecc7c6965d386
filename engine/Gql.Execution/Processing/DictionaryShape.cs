namespace Gql.Execution;

/// <summary>
/// The keys, in entry order, of the data dictionaries a selection set reads (what a hidden class
/// is to a JavaScript engine): a dictionary with the same keys in the same order is read by
/// stepping through its entries once, each key compared with the remembered one (by reference
/// first), instead of hashing every field's key.
/// </summary>
internal sealed class DictionaryShape
{
    // After this many dictionaries of another shape the selection set only uses lookups.
    private const int MissLimit = 64;

    private int _misses;

    private DictionaryShape(Entry[] entries, bool needsOrdinalComparer)
    {
        Entries = entries;
        NeedsOrdinalComparer = needsOrdinalComparer;
    }

    /// <summary>The shape of a selection set whose data is read by lookups only.</summary>
    public static DictionaryShape Unusable { get; } = new([], needsOrdinalComparer: false) { _misses = MissLimit };

    /// <summary>The keys in entry order, each with the field that reads it.</summary>
    public Entry[] Entries { get; }

    /// <summary>
    /// True when a field's key is not among the keys: then only a dictionary that compares keys
    /// ordinally answers the fields as the entries do (a case-insensitive one would find the
    /// field "id" as "Id"). A key the dictionary has is found as that entry whatever its
    /// comparer (it holds no second key equal to it), so keys no field reads need no check.
    /// </summary>
    public bool NeedsOrdinalComparer { get; }

    public bool IsUsable => _misses < MissLimit;

    /// <summary>A dictionary of another shape was read (counted without synchronization: a limit, not a tally).</summary>
    public void Missed() => _misses++;

    public static bool ComparesOrdinally(Dictionary<string, object?> source)
    {
        var comparer = source.Comparer;
        return ReferenceEquals(comparer, EqualityComparer<string>.Default) || ReferenceEquals(comparer, StringComparer.Ordinal);
    }

    /// <summary>The shape of a dictionary the selection set's fields were just read from.</summary>
    public static DictionaryShape Learn(CompiledField[] fields, Dictionary<string, object?> source)
    {
        if (!ComparesOrdinally(source) || HasRepeatedKeys(fields))
        {
            return Unusable;
        }

        var entries = new Entry[source.Count];
        var mapped = 0;
        var position = 0;
        foreach (var key in source.Keys)
        {
            var field = Array.FindIndex(fields, field => !field.IsTypeName && string.Equals(field.DictionaryKey, key));
            entries[position++] = new Entry(key, field);
            mapped += field >= 0 ? 1 : 0;
        }

        var readFields = Array.FindAll(fields, static field => !field.IsTypeName).Length;
        var needsOrdinalComparer = mapped != readFields;

        // One field of a wider dictionary: its lookup costs less than the walk over the other keys.
        return readFields < 2 && entries.Length > readFields ? Unusable : new DictionaryShape(entries, needsOrdinalComparer);
    }

    /// <summary>True when two fields read the same key (aliases): a walk over the entries stores one field per key.</summary>
    public static bool HasRepeatedKeys(CompiledField[] fields)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!field.IsTypeName && !keys.Add(field.DictionaryKey))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A key of the shape and the index of the field that reads it (-1: none).</summary>
    internal readonly record struct Entry(string Key, int Field);
}
