using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Gql.Language.Syntax;

namespace Gql.Execution;

/// <summary>
/// Parsed documents by query text (hashed by the dictionary) or document id, bounded: when full,
/// the least recently used tenth is evicted. A caller that sends the same string instance again
/// (a constant query, a persisted document's text) is answered by reference, without hashing the text.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private const int RecentSlots = 64;

    private readonly ConcurrentDictionary<string, CachedDocument> _byText = new(StringComparer.Ordinal);

    // Slot = identity hash of the key instance; a hit needs the document's LastKey to be that instance.
    private readonly CachedDocument?[] _recent = new CachedDocument?[RecentSlots];
    private readonly object _evictionLock = new();
    private CachedDocument? _last;
    private long _clock;

    public int Count => _byText.Count;

    public bool TryGet(string key, out CachedDocument document)
    {
        if (TryGetLast(key, out document))
        {
            return true;
        }

        var slot = RuntimeHelpers.GetHashCode(key) & (RecentSlots - 1);
        var recent = _recent[slot];
        if (recent is not null && ReferenceEquals(recent.LastKey, key))
        {
            document = recent;
            document.LastUsed = Touch();
            _last = recent;
            return true;
        }

        if (_byText.TryGetValue(key, out document!))
        {
            document.LastUsed = Touch();
            document.LastKey = key;
            _recent[slot] = document;
            _last = document;
            return true;
        }

        return false;
    }

    /// <summary>The document of the last lookup, when this is the key instance it was found by (one hot operation: no hashing at all).</summary>
    public bool TryGetLast(string key, out CachedDocument document)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.LastKey, key))
        {
            document = last;
            document.LastUsed = Touch();
            return true;
        }

        document = null!;
        return false;
    }

    public CachedDocument Add(string key, DocumentNode document)
    {
        var entry = new CachedDocument(document) { LastUsed = Interlocked.Increment(ref _clock) };
        if (capacity <= 0)
        {
            return entry;
        }

        entry = _byText.GetOrAdd(key, entry);
        if (_byText.Count > capacity)
        {
            Evict();
        }

        return entry;
    }

    // A recency stamp for eviction; concurrent hits may share one (no interlocked write per hit).
    private long Touch() => _clock = Volatile.Read(ref _clock) + 1;

    private void Evict()
    {
        lock (_evictionLock)
        {
            if (_byText.Count <= capacity)
            {
                return;
            }

            Array.Clear(_recent);
            _last = null;
            var victims = _byText.ToArray();
            Array.Sort(victims, static (a, b) => a.Value.LastUsed.CompareTo(b.Value.LastUsed));
            var remove = Math.Max(1, victims.Length - capacity + (capacity / 10));
            for (var i = 0; i < remove && i < victims.Length; i++)
            {
                _byText.TryRemove(victims[i].Key, out _);
            }
        }
    }
}
