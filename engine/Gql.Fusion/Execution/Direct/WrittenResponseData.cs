using System.Buffers;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Gql.Execution;

namespace Gql.Fusion.Execution.Direct;

/// <summary>
/// The <c>data</c> of a response the gateway wrote itself (<see cref="DirectResponseWriter"/>):
/// the JSON writer copies the bytes; read as a dictionary (tests, tools), it is parsed once.
/// </summary>
internal sealed class WrittenResponseData(ReadOnlySequence<byte> json) : IReadOnlyDictionary<string, object?>, IJsonSequence
{
    private IReadOnlyDictionary<string, object?>? _parsed;

    public ReadOnlySequence<byte> Json { get; } = json;

    public void WriteJson(Utf8JsonWriter writer) => writer.WriteRawValue(Json, skipInputValidation: true);

    private IReadOnlyDictionary<string, object?> Parsed
    {
        get
        {
            if (_parsed is null)
            {
                using var document = JsonDocument.Parse(Json);
                _parsed = (IReadOnlyDictionary<string, object?>)JsonVariables.FromElement(document.RootElement)!;
            }

            return _parsed;
        }
    }

    public object? this[string key] => Parsed[key];

    public IEnumerable<string> Keys => Parsed.Keys;

    public IEnumerable<object?> Values => Parsed.Values;

    public int Count => Parsed.Count;

    public bool ContainsKey(string key) => Parsed.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => Parsed.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Parsed.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
