using System.Collections.Concurrent;

namespace Gql.AspNetCore;

/// <summary>Persisted documents in process memory (lost on restart; fine for APQ and tests).</summary>
public sealed class InMemoryOperationDocumentStorage : IOperationDocumentStorage
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public InMemoryOperationDocumentStorage()
    {
    }

    /// <summary>Starts with <paramref name="documents"/> (id to text), for example a loaded manifest.</summary>
    public InMemoryOperationDocumentStorage(IEnumerable<KeyValuePair<string, string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var (id, document) in documents)
        {
            _documents[PersistedDocumentIds.Normalize(id)] = document;
        }
    }

    public int Count => _documents.Count;

    public ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken = default)
        => new(_documents.TryGetValue(id, out var document) ? document : null);

    public ValueTask SaveAsync(string id, string document, CancellationToken cancellationToken = default)
    {
        _documents[id] = document;
        return ValueTask.CompletedTask;
    }
}
