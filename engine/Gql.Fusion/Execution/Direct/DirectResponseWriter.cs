using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Gql.Execution;

namespace Gql.Fusion.Execution.Direct;

/// <summary>
/// Writes the <c>data</c> of a response straight from the merged subgraph results, guided by the
/// operation's <see cref="ResponseShape"/>, with the output of the executor's completion and
/// result writer. It gives up (null) where completion would do more than copy: a null or a missing
/// value in a non-null position (null propagation), a failed field (an error value), a value a
/// scalar cannot serialize, an unknown enum value or <c>__typename</c>; the executor then
/// completes the same merged result.
/// </summary>
internal static class DirectResponseWriter
{
    private const string TypeNameKey = "__typename";

    /// <summary>
    /// The arrays of responses sent over HTTP: enough for the responses in flight (the shared pool
    /// keeps few arrays of a size per core and allocates the rest).
    /// </summary>
    public static readonly ArrayPool<byte> BufferPool = ArrayPool<byte>.Create(SegmentedBufferWriter.SegmentSize, 1024);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ShapeSelectionSet.Encoder,
        SkipValidation = true,
    };

    /// <summary>
    /// The response's data, or null when the executor must complete it. With a pool its buffers
    /// are rented: the caller disposes the returned writer once the response has been sent.
    /// </summary>
    public static WrittenResponseData? TryWrite(ResponseShape shape, Dictionary<string, object?> root, ArrayPool<byte>? pool, out SegmentedBufferWriter? buffers)
    {
        var output = new SegmentedBufferWriter(pool);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        if (!WriteObject(writer, shape.Root, root))
        {
            output.Dispose();
            buffers = null;
            return null;
        }

        writer.Flush();
        buffers = output;
        return new WrittenResponseData(output.WrittenSequence);
    }

    private static bool WriteObject(Utf8JsonWriter writer, ShapeSelectionSet selection, Dictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var field in selection.Fields)
        {
            writer.WritePropertyName(field.EncodedName);
            if (field.Value is not { } value)
            {
                writer.WriteStringValue(selection.EncodedTypeName);
                continue;
            }

            if (!WriteValue(writer, value, map.TryGetValue(field.ResponseName, out var found) ? found : null))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        return true;
    }

    internal static bool WriteValue(Utf8JsonWriter writer, ShapeValue shape, object? value)
    {
        if (value is null)
        {
            if (shape.NonNull)
            {
                return false;
            }

            writer.WriteNullValue();
            return true;
        }

        switch (shape.Kind)
        {
            case ShapeKind.String when value is string text:
                writer.WriteStringValue(text);
                return true;
            case ShapeKind.String when value is JsonElement rawString:
                // A long string kept as the subgraph's UTF-8 (ResultMerger.ToValue): copied, escaped as a string would be.
                rawString.WriteTo(writer);
                return true;
            case not (ShapeKind.Object or ShapeKind.Abstract or ShapeKind.List) when value is JsonElement rawLeaf:
                return WriteValue(writer, shape, rawLeaf.GetString());
            case ShapeKind.Int when value is int number:
                writer.WriteNumberValue(number);
                return true;
            case ShapeKind.Boolean when value is bool flag:
                writer.WriteBooleanValue(flag);
                return true;
            case ShapeKind.Float when value is double number && double.IsFinite(number):
                // The engine's own double formatting (the same text as completion writes).
                ResultJsonWriter.WriteValue(writer, value);
                return true;
            case ShapeKind.Object when value.GetType() == typeof(Dictionary<string, object?>):
                return WriteObject(writer, shape.Selection!, (Dictionary<string, object?>)value);
            case ShapeKind.Abstract when value.GetType() == typeof(Dictionary<string, object?>):
                var map = (Dictionary<string, object?>)value;
                return map.TryGetValue(TypeNameKey, out var typeName)
                    && (typeName is JsonElement rawName ? rawName.GetString() : typeName) is string name
                    && shape.SelectionByTypeName!.TryGetValue(name, out var selection)
                    && WriteObject(writer, selection, map);
            case ShapeKind.List when value.GetType() == typeof(List<object?>):
                writer.WriteStartArray();
                foreach (var item in CollectionsMarshal.AsSpan((List<object?>)value))
                {
                    if (!WriteValue(writer, shape.Item!, item))
                    {
                        return false;
                    }
                }

                writer.WriteEndArray();
                return true;
            case ShapeKind.Enum when value is string text:
                if (!shape.EnumNames!.TryGetValue(text, out var enumName))
                {
                    return false;
                }

                writer.WriteStringValue(enumName);
                return true;
            case ShapeKind.String or ShapeKind.Int or ShapeKind.Float or ShapeKind.Boolean or ShapeKind.Scalar:
                return WriteSerialized(writer, shape, value);
            default:
                return false;
        }
    }

    // What the executor's CompleteLeaf does with a value of another CLR type: the scalar's Serialize.
    private static bool WriteSerialized(Utf8JsonWriter writer, ShapeValue shape, object value)
    {
        if (value is Exception or Task || value.GetType().IsValueType && !value.GetType().IsPrimitive && value is not decimal)
        {
            return false;
        }

        object? serialized;
        try
        {
            serialized = shape.Scalar!.Serialize(value);
        }
        catch (Exception)
        {
            return false;
        }

        if (serialized is null or Exception or Task)
        {
            return false;
        }

        ResultJsonWriter.WriteValue(writer, serialized);
        return true;
    }
}
