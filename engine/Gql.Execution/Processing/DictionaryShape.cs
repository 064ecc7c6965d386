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

    private DictionaryShape(string[] keys, int[] fieldIndexes, bool needsOrdinalComparer)
    {
        Keys = keys;
        FieldIndexes = fieldIndexes;
        NeedsOrdinalComparer = needsOrdinalComparer;
    }

    /// <summary>The shape of a selection set whose data is read by lookups only.</summary>
    public static DictionaryShape Unusable { get; } = new([], [], needsOrdinalComparer: false) { _misses = MissLimit };

    /// <summary>The keys in entry order.</summary>
    public string[] Keys { get; }

    /// <summary>Per key: the field that reads it, or -1.</summary>
    public int[] FieldIndexes { get; }

    /// <summary>
    /// True when a key is read by no field or a field's key is missing: then only a dictionary
    /// that compares keys ordinally answers the fields as the entries do (a case-insensitive one
    /// would find "ID" for the field "id").
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

        var keys = new string[source.Count];
        var fieldIndexes = new int[keys.Length];
        var mapped = 0;
        var position = 0;
        foreach (var key in source.Keys)
        {
            keys[position] = key;
            fieldIndexes[position] = Array.FindIndex(fields, field => !field.IsTypeName && string.Equals(field.DictionaryKey, key));
            mapped += fieldIndexes[position] >= 0 ? 1 : 0;
            position++;
        }

        var readFields = Array.FindAll(fields, static field => !field.IsTypeName).Length;
        var needsOrdinalComparer = mapped != keys.Length || mapped != readFields;

        // One field of a wider dictionary: its lookup costs less than the comparer check and the walk.
        return needsOrdinalComparer && readFields < 2 ? Unusable : new DictionaryShape(keys, fieldIndexes, needsOrdinalComparer);
    }

    private static bool HasRepeatedKeys(CompiledField[] fields)
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
}
