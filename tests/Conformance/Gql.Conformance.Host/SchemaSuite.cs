using System.Text;
using System.Text.Json;
using Gql.Execution;
using Gql.Types;

namespace Gql.Conformance.Host;

/// <summary>
/// For every schemas/*.graphql: builds it (no resolvers), prints it with SchemaPrinter and runs the
/// introspection query on it. Writes one JSON line per file: {"name", "sdl", "introspection"} or
/// {"name", "exception"}.
/// </summary>
internal static class SchemaSuite
{
    public static async Task RunAsync(string directory, string introspectionQuery, string output)
    {
        var files = Directory.GetFiles(directory, "*.graphql");
        Array.Sort(files, StringComparer.Ordinal);
        var lines = new StringBuilder();
        foreach (var file in files)
        {
            lines.Append(await RunOneAsync(file, introspectionQuery)).Append('\n');
        }

        await File.WriteAllTextAsync(output, lines.ToString());
    }

    private static async Task<string> RunOneAsync(string file, string introspectionQuery)
    {
        var name = Path.GetFileName(file);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            try
            {
                var schema = SchemaBuilder.New().AddDocumentFromString(await File.ReadAllTextAsync(file)).Build();
                var sdl = SchemaPrinter.Print(schema);
                var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(introspectionQuery));
                var json = result is ExecutionResult single ? single.ToJson() : throw new InvalidOperationException("Introspection returned a stream.");
                using var parsed = JsonDocument.Parse(json);
                writer.WriteString("sdl", sdl);
                writer.WritePropertyName("introspection");
                parsed.RootElement.WriteTo(writer);
            }
            catch (Exception exception)
            {
                writer.WriteString("exception", exception.ToString());
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
