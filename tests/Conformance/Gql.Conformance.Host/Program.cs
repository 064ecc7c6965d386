using System.Text;
using System.Text.Json;
using Gql.Conformance.Host;
using Gql.Types;

// Usage: Gql.Conformance.Host --root <tests/Conformance> --out <results.ndjson> [--filter <substring>] [--sdl-out <file>]
//        [--schemas-out <file> --introspection-query <file>]
// Writes one JSON line per case: {"name": ..., "result": <response>} or {"name": ..., "exception": ...},
// with --sdl-out the schema as our SchemaPrinter prints it, and with --schemas-out the printed SDL
// and introspection result of every schemas/*.graphql (see SchemaSuite).
var options = ParseArguments(args);
var root = options.GetValueOrDefault("--root") ?? Directory.GetCurrentDirectory();
var output = options.GetValueOrDefault("--out") ?? Path.Combine(root, "out", "dotnet-results.ndjson");
var filter = options.GetValueOrDefault("--filter");

var state = new ConformanceState();
if (options.GetValueOrDefault("--schemas-out") is { } schemasOut)
{
    var introspectionQuery = await File.ReadAllTextAsync(options["--introspection-query"]);
    await SchemaSuite.RunAsync(Path.Combine(root, "schemas"), introspectionQuery, schemasOut);
}

var (schema, rootValue) = ConformanceSchema.Build(root, state);
var runner = new CaseRunner(schema, rootValue, state);
if (options.GetValueOrDefault("--sdl-out") is { } sdlOut)
{
    await File.WriteAllTextAsync(sdlOut, SchemaPrinter.Print(schema));
}

var cases = CaseLoader.LoadDirectory(Path.Combine(root, "cases"))
    .Where(c => filter is null || c.Name.Contains(filter, StringComparison.Ordinal))
    .ToList();

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await using var file = new FileStream(output, FileMode.Create, FileAccess.Write);
foreach (var testCase in cases)
{
    string line;
    try
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var json = await runner.RunAsync(testCase, timeout.Token).WaitAsync(TimeSpan.FromSeconds(10));
        line = ResultLine(testCase.Name, json, null);
    }
    catch (Exception exception)
    {
        line = ResultLine(testCase.Name, null, exception.ToString());
    }

    await file.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"));
}

Console.WriteLine($"Ran {cases.Count} cases; results in {output}");
return 0;

static string ResultLine(string name, string? resultJson, string? exception)
{
    using var stream = new MemoryStream();
    using (var writer = new Utf8JsonWriter(stream))
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        if (resultJson is not null && InvalidJsonReason(resultJson) is { } reason)
        {
            writer.WriteString("exception", $"The engine wrote invalid JSON ({reason}): {resultJson}");
        }
        else if (resultJson is not null)
        {
            writer.WritePropertyName("result");
            writer.WriteRawValue(resultJson);
        }
        else
        {
            writer.WriteString("exception", exception);
        }

        writer.WriteEndObject();
    }

    return Encoding.UTF8.GetString(stream.ToArray());
}

static string? InvalidJsonReason(string json)
{
    try
    {
        using var document = JsonDocument.Parse(json);
        return null;
    }
    catch (JsonException invalid)
    {
        return invalid.Message;
    }
}

static Dictionary<string, string> ParseArguments(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i]] = args[i + 1];
    }

    return result;
}
