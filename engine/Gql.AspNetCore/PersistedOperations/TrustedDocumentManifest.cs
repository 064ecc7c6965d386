using System.Text.Json;

namespace Gql.AspNetCore;

/// <summary>
/// Reads a trusted-documents manifest: a JSON object of id to document text, as graphql-codegen's
/// client preset writes it (<c>persisted-documents.json</c>).
/// </summary>
public static class TrustedDocumentManifest
{
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    public static IReadOnlyDictionary<string, string> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var document = JsonDocument.Parse(utf8Json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("A trusted-documents manifest must be a JSON object of id to document text.");
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"The manifest entry '{entry.Name}' is not a string.");
            }

            documents[PersistedDocumentIds.Normalize(entry.Name)] = entry.Value.GetString()!;
        }

        return documents;
    }
}
