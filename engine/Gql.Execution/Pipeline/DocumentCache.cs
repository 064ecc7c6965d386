using System.Collections.Concurrent;
using Gql.Language.Syntax;

namespace Gql.Execution;

/// <summary>
/// Parsed documents by query text (hashed by the dictionary) or document id, bounded: when full,
/// the least recently used tenth is evicted.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CachedDocument> _byText = new(StringComparer.Ordinal);
    private readonly object _evictionLock = new();
    private long _clock;

    public int Count => _byText.Count;

    public bool TryGet(string key, out CachedDocument document)
    {
        if (_byText.TryGetValue(key, out document!))
        {
            document.LastUsed = Interlocked.Increment(ref _clock);
            return true;
        }

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

    private void Evict()
    {
        lock (_evictionLock)
        {
            if (_byText.Count <= capacity)
            {
                return;
            }

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
