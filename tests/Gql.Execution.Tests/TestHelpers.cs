using System.Text.Encodings.Web;
using System.Text.Json;
using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Execution.Tests;

/// <summary>Builds schemas from SDL and runs requests; compares JSON with key order preserved.</summary>
internal static class TestHelpers
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Schema Schema(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.New().AddDocumentFromString(sdl);
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static FieldResolverDelegate Value(object? value) => _ => new ValueTask<object?>(value);

    public static FieldResolverDelegate Sync(Func<IResolverContext, object?> resolve) => context => new ValueTask<object?>(resolve(context));

    public static FieldResolverDelegate Async(Func<IResolverContext, object?> resolve) => async context =>
    {
        await Task.Yield();
        return resolve(context);
    };

    public static FieldResolverDelegate Throws(string message) => _ => throw new InvalidOperationException(message);

    public static FieldResolverDelegate ThrowsAsync(string message) => async _ =>
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    };

    public static async Task<ExecutionResult> RunAsync(
        Schema schema,
        string query,
        string? variables = null,
        object? rootValue = null,
        string? operationName = null)
    {
        var request = new GraphQLRequest(query, operationName, variables is null ? null : JsonVariables.Parse(variables))
        {
            RootValue = rootValue,
        };
        var result = await new RequestExecutor(schema).ExecuteAsync(request);
        return Assert.IsType<ExecutionResult>(result);
    }

    public static async Task<string> JsonAsync(Schema schema, string query, string? variables = null, object? rootValue = null, string? operationName = null)
        => (await RunAsync(schema, query, variables, rootValue, operationName)).ToJson();

    /// <summary>Re-writes JSON compactly (key order kept) so expectations can be written readably.</summary>
    public static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Compact);
    }

    public static void AssertJson(string expected, string actual) => Assert.Equal(Normalize(expected), Normalize(actual));

    /// <summary>The result without extensions (graphql-js results carry none), for exact comparisons.</summary>
    public static string WithoutExtensions(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteWithout(writer, document.RootElement);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteWithout(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "extensions")
                    {
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    WriteWithout(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteWithout(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>Runs and compares the graphql-js shaped response (extensions dropped).</summary>
    public static async Task AssertResultAsync(string expected, Schema schema, string query, string? variables = null, object? rootValue = null, string? operationName = null)
    {
        var actual = await JsonAsync(schema, query, variables, rootValue, operationName);
        Assert.Equal(Normalize(expected), WithoutExtensions(actual));
    }
}
