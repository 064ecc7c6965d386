using System.Text;
using System.Text.Json;
using Gql.Execution;
using Gql.Language;
using Gql.Types;
using Gql.Validation;

namespace Gql.Conformance.Host;

/// <summary>Runs one case against our engine and returns its response as JSON text.</summary>
internal sealed class CaseRunner(Schema schema, object rootValue, ConformanceState state)
{
    private readonly RequestExecutor _executor = new(schema);

    public async Task<string> RunAsync(ConformanceCase testCase, CancellationToken cancellationToken)
    {
        if (testCase.Mode == "validate")
        {
            return Validate(testCase.Query);
        }

        state.Reset();
        var variables = testCase.VariablesJson is null ? null : JsonVariables.Parse(testCase.VariablesJson);
        var request = new GraphQLRequest(testCase.Query, testCase.OperationName, variables) { RootValue = rootValue };
        var result = await _executor.ExecuteAsync(request, cancellationToken);
        return result switch
        {
            ExecutionResult single => single.ToJson(),
            ResponseStream stream => await StreamJsonAsync(stream, cancellationToken),
            _ => throw new InvalidOperationException($"Unexpected result type {result.GetType().Name}."),
        };
    }

    /// <summary>A subscription's response stream as {"stream": [every event's response]}.</summary>
    private static async Task<string> StreamJsonAsync(ResponseStream stream, CancellationToken cancellationToken)
    {
        await using (stream)
        {
            var builder = new StringBuilder("{\"stream\":[");
            var first = true;
            await foreach (var item in stream.WithCancellation(cancellationToken))
            {
                builder.Append(first ? string.Empty : ",").Append(item.ToJson());
                first = false;
            }

            return builder.Append("]}").ToString();
        }
    }

    private string Validate(string query)
    {
        try
        {
            var document = Parser.Parse(query);
            return ErrorsJson(DocumentValidator.Validate(schema, document));
        }
        catch (GraphQLException exception)
        {
            return ErrorsJson(exception.Errors);
        }
    }

    private static string ErrorsJson(IReadOnlyList<GraphQLError> errors)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            foreach (var error in errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { } locations)
        {
            writer.WriteStartArray("locations");
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WriteStartArray("path");
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
