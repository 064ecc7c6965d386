using System.Collections.Concurrent;
using System.Text;

namespace Gql.AspNetCore;

/// <summary>
/// Trusted documents as files: <c>&lt;directory&gt;/&lt;id&gt;.graphql</c> (UTF-8). Read files are kept in
/// memory; saved documents are written atomically (a temporary file moved into place).
/// </summary>
public sealed class FileSystemOperationDocumentStorage : IOperationDocumentStorage
{
    private const string Extension = ".graphql";
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public FileSystemOperationDocumentStorage(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    public async ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(id, out var cached))
        {
            return cached;
        }

        if (FileOf(id) is not { } path || !File.Exists(path))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        return _cache.GetOrAdd(id, text);
    }

    public async ValueTask SaveAsync(string id, string document, CancellationToken cancellationToken = default)
    {
        var path = FileOf(id) ?? throw new ArgumentException($"'{id}' cannot be used as a document id (letters, digits, '-' and '_' only).", nameof(id));
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temporary, document, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        _cache[id] = document;
    }

    // Ids become file names, so only plain ids are accepted (no separators, no "..").
    private string? FileOf(string id)
        => PersistedDocumentIds.IsPlain(id) ? Path.Combine(Directory, id + Extension) : null;
}
