using System.Text.Json;

namespace Gql.Fusion.Composition;

/// <summary>
/// The source schemas fusion.json lists (<c>subgraphs[].name</c> and <c>subgraphs[].schemaFile</c>,
/// relative to the folder of fusion.json), in fusion.json order. Subgraphs whose schema file does not
/// exist (yet) are listed in <see cref="Missing"/> and left out of the composition. The optional
/// <c>composition</c> section sets <see cref="CompositionOptions"/> (<c>requireShareableFields</c>).
/// </summary>
public sealed record FusionSourceSchemas(IReadOnlyList<SourceSchemaText> Found, IReadOnlyList<string> Missing, string PublicSchemaFile, CompositionOptions Options)
{
    public const string DefaultPublicSchemaFile = "schema/gateway.graphql";

    /// <exception cref="InvalidDataException">fusion.json is not valid JSON or lacks the subgraph list.</exception>
    public static FusionSourceSchemas Load(string fusionJsonPath)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(fusionJsonPath))!;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(fusionJsonPath));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{fusionJsonPath} is not valid JSON: {ex.Message}", ex);
        }

        using (json)
        {
            if (!json.RootElement.TryGetProperty("subgraphs", out var subgraphs) || subgraphs.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{fusionJsonPath} has no \"subgraphs\" array.");
            }

            var found = new List<SourceSchemaText>();
            var missing = new List<string>();
            foreach (var subgraph in subgraphs.EnumerateArray())
            {
                var name = ReadString(subgraph, "name", fusionJsonPath);
                var file = Path.Combine(root, ReadString(subgraph, "schemaFile", fusionJsonPath));
                if (File.Exists(file))
                {
                    found.Add(new SourceSchemaText(name, File.ReadAllText(file)));
                }
                else
                {
                    missing.Add(name);
                }
            }

            var publicSchemaFile = json.RootElement.TryGetProperty("gateway", out var gateway)
                && gateway.TryGetProperty("publicSchemaFile", out var configured) && configured.ValueKind == JsonValueKind.String
                ? configured.GetString()!
                : DefaultPublicSchemaFile;
            var options = new CompositionOptions();
            if (json.RootElement.TryGetProperty("composition", out var composition)
                && composition.TryGetProperty("requireShareableFields", out var shareable)
                && shareable.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                options = options with { RequireShareableFields = shareable.GetBoolean() };
            }

            return new FusionSourceSchemas(found, missing, Path.Combine(root, publicSchemaFile), options);
        }
    }

    /// <summary>Composes the source schemas that exist with the options of fusion.json.</summary>
    public CompositionResult Compose() => new SchemaComposer(Options).Compose(Found);

    private static string ReadString(JsonElement element, string property, string path)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"Every subgraph in {path} needs a \"{property}\" string.");
}
