using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gql.Language;

namespace Gql.Execution;

/// <summary>Writes results and errors as JSON with the key order of graphql-js's JSON.stringify.</summary>
public static class ResultJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        var writer = RentWriter(output);
        try
        {
            WriteResult(writer, result, output);
            writer.Flush();
        }
        finally
        {
            writer.Reset(Stream.Null);
            t_writer = writer;
        }
    }

    public static void WriteResult(Utf8JsonWriter writer, ExecutionResult result) => WriteResult(writer, result, output: null);

    // With the writer's output at hand, data that is JSON already in pieces is copied piece by piece.
    private static void WriteResult(Utf8JsonWriter writer, ExecutionResult result, IBufferWriter<byte>? output)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors"u8);
            WriteErrors(writer, result.Errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            if (output is not null && result.Data is IJsonSequence sequence)
            {
                WritePieces(writer, output, sequence.Json);
            }
            else
            {
                WriteValue(writer, result.Data);
            }
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    // Every piece but the last goes straight into the output (after what the writer holds); the
    // last one through the writer, so it knows a value was written (separators, end of object).
    private static void WritePieces(Utf8JsonWriter writer, IBufferWriter<byte> output, ReadOnlySequence<byte> json)
    {
        writer.Flush();
        var position = json.Start;
        var previous = ReadOnlyMemory<byte>.Empty;
        while (json.TryGet(ref position, out var piece))
        {
            if (piece.IsEmpty)
            {
                continue;
            }

            if (!previous.IsEmpty)
            {
                // In the buffers the output has at hand (Kestrel: its pooled blocks); asking for the
                // piece's size would make it rent arrays of that size, which it pools less well.
                output.Write(previous.Span);
            }

            previous = piece;
        }

        writer.WriteRawValue(previous.Span, skipInputValidation: true);
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    /// <summary>One error: message, locations, path, extensions (graphql-js toJSON order).</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path"u8);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(Convert.ToString(segment, CultureInfo.InvariantCulture));
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: result maps and lists, dictionaries, lists and serialized leaves.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        // The values results are made of first, each by one method-table comparison; result
        // maps (a class test) after the leaves, so leaves never pay for it.
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case ResultMap map:
                WriteMap(writer, map);
                break;
            case ResultList list:
                WriteList(writer, list);
                break;
            case object?[] array:
                WriteArray(writer, array);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case short or byte or sbyte or ushort:
                writer.WriteNumberValue(Convert.ToInt32(value, CultureInfo.InvariantCulture));
                break;
            case uint u:
                writer.WriteNumberValue(u);
                break;
            case ulong ul:
                writer.WriteNumberValue(ul);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IJsonWritable writable:
                writable.WriteJson(writer);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var pair in dictionary)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(writer, pair.Value);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        var keys = map.EncodedKeys;
        var values = map.Slots;
        for (var i = 0; i < values.Length; i++)
        {
            writer.WritePropertyName(keys[i]);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, ResultList list)
    {
        writer.WriteStartArray();
        for (var i = 0; i < list.Count; i++)
        {
            WriteValue(writer, list[i]);
        }

        writer.WriteEndArray();
    }

    private static void WriteArray(Utf8JsonWriter writer, object?[] items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            WriteValue(writer, item);
        }

        writer.WriteEndArray();
    }

    // JSON.stringify writes NaN and Infinity as null, and integral numbers without a fraction or
    // exponent (up to 1e21); those of up to 2^53 are written as the integer they are (faster than
    // formatting the double, and -0 comes out as 0 like in JavaScript).
    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        const double MaxSafeInteger = 9007199254740991;
        if (Math.Abs(value) <= MaxSafeInteger && Math.Floor(value) == value)
        {
            writer.WriteNumberValue((long)value);
        }
        else if (!double.IsFinite(value))
        {
            writer.WriteNullValue();
        }
        else if (!TryWriteShortDecimal(writer, value))
        {
            writer.WriteNumberValue(value);
        }
    }

    private static readonly double[] PowersOfTen = [1, 10, 100, 1000];

    // Prices and ratings have one to three decimals: m / 10^k == value (a correctly rounded
    // division of exact doubles) means the decimal m·10^-k reads back as value, and with the
    // smallest such k (below 1e9 a step of 10^-k is far wider than the doubles' spacing, so m is
    // unique) it is the shortest round-trip text, the one JSON.stringify and the writer produce,
    // written here without the general double formatting.
    private static bool TryWriteShortDecimal(Utf8JsonWriter writer, double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e9 || magnitude < 1e-3)
        {
            return false;
        }

        for (var decimals = 1; decimals < PowersOfTen.Length; decimals++)
        {
            var scale = PowersOfTen[decimals];
            var scaled = Math.Round(magnitude * scale);
            if (scaled / scale != magnitude)
            {
                continue;
            }

            Span<byte> text = stackalloc byte[24];
            var digits = (long)scaled;
            var position = text.Length;
            for (var i = 0; i < decimals; i++)
            {
                text[--position] = (byte)('0' + (digits % 10));
                digits /= 10;
            }

            text[--position] = (byte)'.';
            do
            {
                text[--position] = (byte)('0' + (digits % 10));
                digits /= 10;
            }
            while (digits > 0);

            if (value < 0)
            {
                text[--position] = (byte)'-';
            }

            writer.WriteRawValue(text[position..], skipInputValidation: true);
            return true;
        }

        return false;
    }

    private static Utf8JsonWriter RentWriter(IBufferWriter<byte> output)
    {
        var writer = t_writer;
        if (writer is null)
        {
            return new Utf8JsonWriter(output, WriterOptions);
        }

        t_writer = null;
        writer.Reset(output);
        return writer;
    }
}
