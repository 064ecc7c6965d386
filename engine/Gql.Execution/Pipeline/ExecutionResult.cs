using System.Buffers;
using System.Text;
using Gql.Language;

namespace Gql.Execution;

/// <summary>
/// A response (spec section 7.1): <c>errors</c>, <c>data</c> and <c>extensions</c>. A result of a
/// request error has no <c>data</c> entry at all (<see cref="HasData"/> is false); a result whose
/// root was nulled by a non-null violation has <c>"data": null</c>.
/// </summary>
public sealed class ExecutionResult : IExecutionResult
{
    private static readonly IReadOnlyList<GraphQLError> NoErrors = [];

    public ExecutionResult(
        IReadOnlyDictionary<string, object?>? data,
        IReadOnlyList<GraphQLError>? errors = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        bool hasData = true)
    {
        Data = data;
        _errors = errors;
        Extensions = extensions;
        HasData = hasData;
    }

    public IReadOnlyDictionary<string, object?>? Data { get; }

    // Null when there are none: a result without errors stores no reference (one write barrier less per request).
    private readonly IReadOnlyList<GraphQLError>? _errors;

    public IReadOnlyList<GraphQLError> Errors => _errors ?? NoErrors;

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>False for request errors (parse, validation, variables): the response has no <c>data</c> entry.</summary>
    public bool HasData { get; }

    /// <summary>A result that only reports errors (no <c>data</c> entry).</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, null, hasData: false);

    public static ExecutionResult FromError(GraphQLError error) => new(null, [error], null, hasData: false);

    /// <summary>Writes the response as UTF-8 JSON, keys in graphql-js order: errors, data, extensions.</summary>
    public void WriteTo(IBufferWriter<byte> output) => ResultJsonWriter.Write(output, this);

    public string ToJson()
    {
        using var buffer = new PooledBufferWriter();
        WriteTo(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public override string ToString() => ToJson();
}
