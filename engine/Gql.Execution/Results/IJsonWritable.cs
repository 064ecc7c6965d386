using System.Text.Json;

namespace Gql.Execution;

/// <summary>
/// A result value that writes its own JSON (e.g. data a gateway already serialized):
/// <see cref="ResultJsonWriter"/> calls <see cref="WriteJson"/> instead of walking it.
/// </summary>
public interface IJsonWritable
{
    /// <summary>Writes exactly one JSON value; may be called more than once.</summary>
    void WriteJson(Utf8JsonWriter writer);
}
