using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Gql.Fusion.Execution.InPlace;

namespace Gql.Fusion.Execution.Direct;

/// <summary>
/// The objects one in-place response has written so far, found again by the content of their
/// sources: an object of the same selection set whose sources hold the same JSON (the same entity
/// met at another place of the result) is written as the same bytes, since everything below it
/// follows from that content (fields, the keys of the entities below and so their groups'
/// answers). The earlier object's bytes are copied instead of being written again, after checking
/// that the entity fetches' occurrences it read below are, one for one, the same entities of the
/// same groups as the ones due now (their cursors then move past them). Only one response's own
/// bytes are reused; nothing outlives it. Reused per thread (walks never await).
/// </summary>
internal sealed class WrittenObjects
{
    // Bytes of each end of a source taken into the hash; equal hashes are compared in full.
    private const int HashedEdge = 32;

    [ThreadStatic]
    private static WrittenObjects? t_cached;

    private readonly Dictionary<int, int> _lastByHash = [];
    private Entry[] _entries = new Entry[64];
    private JsonElement[] _sources = new JsonElement[128];
    private int[] _reads = new int[128];
    private int[] _kept = new int[64];
    private int _entryCount;
    private int _sourceCount;
    private int _readCount;
    private int _keptCount;

    /// <summary>How many objects were copied instead of written (tests).</summary>
    public int Reused { get; private set; }

    public static WrittenObjects Rent()
    {
        var objects = t_cached ?? new WrittenObjects();
        t_cached = null;
        return objects;
    }

    public void Return()
    {
        _lastByHash.Clear();
        Array.Clear(_entries, 0, _entryCount);
        Array.Clear(_sources, 0, _sourceCount);
        _entryCount = 0;
        _sourceCount = 0;
        _readCount = 0;
        _keptCount = 0;
        Reused = 0;
        t_cached = this;
    }

    public static int HashOf(ShapeSelectionSet selection, SourceStack sources, int start, int count)
    {
        var hash = new HashCode();
        hash.Add(RuntimeHelpers.GetHashCode(selection));
        for (var i = start; i < start + count; i++)
        {
            var raw = JsonMarshal.GetRawUtf8Value(sources[i]);
            hash.Add(raw.Length);
            if (raw.Length <= 2 * HashedEdge)
            {
                hash.AddBytes(raw);
            }
            else
            {
                hash.AddBytes(raw[..HashedEdge]);
                hash.AddBytes(raw[^HashedEdge..]);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// An earlier object with this content whose reads below match the occurrences due now: its
    /// bytes' position in the output; the cursors are moved past those occurrences.
    /// </summary>
    public bool TryReuse(int hash, ShapeSelectionSet selection, SourceStack sources, int start, int count, FetchOutcome?[] outcomes, out long begin, out int length)
    {
        if (_lastByHash.TryGetValue(hash, out var index))
        {
            for (; index >= 0; index = _entries[index].Previous)
            {
                ref var entry = ref _entries[index];
                if (entry.Selection == selection && entry.SourceCount == count && SameSources(entry, sources, start)
                    && SameReads(entry, sources, outcomes))
                {
                    for (var read = entry.ReadStart; read < entry.ReadStart + entry.ReadCount; read += 3)
                    {
                        sources.Cursors[_reads[read]] += _reads[read + 2];
                    }

                    begin = entry.Begin;
                    length = entry.Length;
                    Reused++;
                    return true;
                }
            }
        }

        begin = 0;
        length = 0;
        return false;
    }

    /// <summary>
    /// Keeps the cursors before an object is written (a stack: objects nest); returns where, for
    /// <see cref="Add"/>, which takes them off again.
    /// </summary>
    public int KeepCursors(SourceStack sources)
    {
        var cursors = sources.Cursors;
        if (_kept.Length < _keptCount + cursors.Length)
        {
            Array.Resize(ref _kept, Math.Max(_kept.Length * 2, _keptCount + cursors.Length));
        }

        var at = _keptCount;
        cursors.CopyTo(_kept.AsSpan(at));
        _keptCount += cursors.Length;
        return at;
    }

    /// <summary>Takes kept cursors off without recording an object (it was not written).</summary>
    public void DropCursors(int kept) => _keptCount = kept;

    /// <summary>Records an object just written at <c>[begin, begin + length)</c> of the output.</summary>
    public void Add(int hash, ShapeSelectionSet selection, SourceStack sources, int start, int count, int kept, long begin, int length)
    {
        var readStart = _readCount;
        var cursors = sources.Cursors;
        var cursorsBefore = _kept.AsSpan(kept, cursors.Length);
        for (var id = 0; id < cursors.Length; id++)
        {
            if (cursors[id] != cursorsBefore[id])
            {
                AddRead(id, cursorsBefore[id], cursors[id] - cursorsBefore[id]);
            }
        }

        if (_sourceCount + count > _sources.Length)
        {
            Array.Resize(ref _sources, Math.Max(_sources.Length * 2, _sourceCount + count));
        }

        for (var i = 0; i < count; i++)
        {
            _sources[_sourceCount + i] = sources[start + i];
        }

        if (_entryCount == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        ref var last = ref CollectionsMarshal.GetValueRefOrAddDefault(_lastByHash, hash, out var exists);
        _entries[_entryCount] = new Entry
        {
            Selection = selection,
            SourceStart = _sourceCount,
            SourceCount = count,
            ReadStart = readStart,
            ReadCount = _readCount - readStart,
            Begin = begin,
            Length = length,
            Previous = exists ? last : -1,
        };
        last = _entryCount++;
        _sourceCount += count;
        _keptCount = kept;
    }

    private void AddRead(int fetch, int cursor, int read)
    {
        if (_readCount + 3 > _reads.Length)
        {
            Array.Resize(ref _reads, _reads.Length * 2);
        }

        _reads[_readCount++] = fetch;
        _reads[_readCount++] = cursor;
        _reads[_readCount++] = read;
    }

    private bool SameSources(in Entry entry, SourceStack sources, int start)
    {
        for (var i = 0; i < entry.SourceCount; i++)
        {
            if (!JsonMarshal.GetRawUtf8Value(_sources[entry.SourceStart + i]).SequenceEqual(JsonMarshal.GetRawUtf8Value(sources[start + i])))
            {
                return false;
            }
        }

        return true;
    }

    // The occurrences the earlier object read (per fetch, from its cursor on) and the ones due
    // now: the same groups (so the same answers) of entities with the same JSON.
    private bool SameReads(in Entry entry, SourceStack sources, FetchOutcome?[] outcomes)
    {
        for (var read = entry.ReadStart; read < entry.ReadStart + entry.ReadCount; read += 3)
        {
            var fetch = _reads[read];
            var occurrences = outcomes[fetch]!.Occurrences;
            var earlier = _reads[read + 1];
            var now = sources.Cursors[fetch];
            var count = _reads[read + 2];
            if (now + count > occurrences.Count)
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                var expected = occurrences[earlier + i];
                var due = occurrences[now + i];
                if (expected.Group != due.Group
                    || !JsonMarshal.GetRawUtf8Value(expected.Entity).SequenceEqual(JsonMarshal.GetRawUtf8Value(due.Entity)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private struct Entry
    {
        public ShapeSelectionSet Selection;
        public int SourceStart;
        public int SourceCount;
        public int ReadStart;
        public int ReadCount;
        public long Begin;
        public int Length;
        public int Previous;
    }
}
