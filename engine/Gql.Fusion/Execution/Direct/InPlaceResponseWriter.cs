using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Gql.Fusion.Execution.InPlace;
using Gql.Fusion.Planning;

namespace Gql.Fusion.Execution.Direct;

/// <summary>
/// Writes the <c>data</c> of a response straight from the subgraph answers of an in-place merge:
/// walks the <see cref="ResponseShape"/> and, per object, searches its sources (the parent's
/// values, then the answers of the entity fetches that completed it, read in traversal order as
/// the collectors recorded them) for each field; leaf values are copied as their UTF-8 JSON where
/// that is the text completion would write, else converted as <see cref="ResultMerger.ToValue"/>
/// does and written by <see cref="DirectResponseWriter"/>. It gives up (null) wherever the merged
/// tree would be needed (the same cases as <see cref="DirectResponseWriter"/>, and answers that do
/// not fit together); the caller then replays the answers into dictionaries. Shared answers are
/// only read.
/// </summary>
internal sealed class InPlaceResponseWriter
{
    private static readonly byte[] TypeName = "__typename"u8.ToArray();

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ShapeSelectionSet.Encoder,
        SkipValidation = true,
    };

    private readonly SourceStack _sources;
    private readonly FetchOutcome?[] _outcomes;
    private readonly ShapeBinding _binding;
    private readonly Utf8JsonWriter _writer;
    private readonly SegmentedBufferWriter _output;
    private readonly WrittenObjects _written;

    private InPlaceResponseWriter(SourceStack sources, FetchOutcome?[] outcomes, ShapeBinding binding, Utf8JsonWriter writer, SegmentedBufferWriter output, WrittenObjects written)
    {
        _sources = sources;
        _outcomes = outcomes;
        _binding = binding;
        _writer = writer;
        _output = output;
        _written = written;
    }

    /// <summary>
    /// The response's data, or null when the answers must be replayed into a merged tree. With a
    /// pool its buffers are rented: the caller disposes the returned writer once the response has been sent.
    /// <paramref name="copiedObjects"/>: how many objects were copied from an equal one written before.
    /// </summary>
    public static WrittenResponseData? TryWrite(ResponseShape shape, QueryPlan plan, FetchOutcome?[] outcomes, ArrayPool<byte>? pool, out SegmentedBufferWriter? buffers, out int copiedObjects)
    {
        var layout = PlanLayout.Of(plan);
        var binding = shape.BindingFor(plan);
        var output = new SegmentedBufferWriter(pool);
        var sources = SourceStack.Rent(outcomes.Length);
        var objects = WrittenObjects.Rent();
        var written = false;
        copiedObjects = 0;
        try
        {
            using var writer = new Utf8JsonWriter(output, WriterOptions);
            foreach (var root in layout.RootFetches)
            {
                if (outcomes[root] is { Data.ValueKind: JsonValueKind.Object } outcome)
                {
                    sources.Push(outcome.Data);
                }
            }

            var count = sources.Count;
            var inPlace = new InPlaceResponseWriter(sources, outcomes, binding, writer, output, objects);
            written = sources.PushAnswers(binding.AtRoot, outcomes, 0, ref count)
                && inPlace.WriteFields(shape.Root, 0, count, out _)
                && inPlace.ReadEveryOccurrence();
            if (written)
            {
                writer.Flush();
                copiedObjects = objects.Reused;
            }
        }
        finally
        {
            sources.Return();
            objects.Return();
            if (!written)
            {
                output.Dispose();
            }
        }

        buffers = written ? output : null;
        return written ? new WrittenResponseData(output.WrittenSequence) : null;
    }

    // Every object an entity fetch completed was written, so no answer was left out.
    private bool ReadEveryOccurrence()
    {
        for (var id = 0; id < _outcomes.Length; id++)
        {
            if (_outcomes[id] is { Kind: not EntityRequestKind.Root } outcome && _sources.Cursors[id] != outcome.Occurrences.Count)
            {
                return false;
            }
        }

        return true;
    }

    // An object whose sources hold the same JSON as those of one written before (the same entity
    // at another place) is that object's bytes again: copied (WrittenObjects checks the answers
    // below it too).
    private bool WriteObject(ShapeSelectionSet selection, int start, int count)
    {
        var hash = WrittenObjects.HashOf(selection, _sources, start, count);
        if (_written.TryReuse(hash, selection, _sources, start, count, _outcomes, out var earlier, out var length))
        {
            _writer.Flush();
            _writer.WriteRawValue(_output.WrittenSequence.Slice(earlier, length), skipInputValidation: true);
            return true;
        }

        var kept = _written.KeepCursors(_sources);
        if (!WriteFields(selection, start, count, out var begin))
        {
            return false;
        }

        _written.Add(hash, selection, _sources, start, count, kept, begin, (int)(Position - begin));
        return true;
    }

    // Where the next byte goes in the output.
    private long Position => _writer.BytesCommitted + _writer.BytesPending;

    // Each source's properties are read once into a slot per selected field; a field several
    // sources hold (objects or lists to merge) is searched in all of them instead.
    // begin: where the object's '{' is in the output.
    private bool WriteFields(ShapeSelectionSet selection, int start, int count, out long begin)
    {
        var fields = selection.Fields;
        var slots = _sources.PushSlots(fields.Length);
        ulong filled = 0;
        ulong shared = 0;
        for (var source = start; source < start + count; source++)
        {
            var hint = 0;
            foreach (var property in _sources[source].EnumerateObject())
            {
                var index = selection.IndexOf(JsonMarshal.GetRawUtf8PropertyName(property), hint);
                if (index < 0)
                {
                    continue;
                }

                hint = index + 1;
                ref var slot = ref _sources.Slot(slots + index);
                if (index < 64 ? (filled & (1UL << index)) == 0 : slot.ValueKind == JsonValueKind.Undefined)
                {
                    slot = property.Value;
                    filled |= index < 64 ? 1UL << index : 0;
                }
                else
                {
                    // Beyond 64 fields every field is searched in all sources once one is shared.
                    shared |= index < 64 ? 1UL << index : ulong.MaxValue;
                }
            }
        }

        _writer.WriteStartObject();
        begin = Position - 1;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            _writer.WritePropertyName(field.EncodedName);
            if (field.Value is not { } value)
            {
                _writer.WriteStringValue(selection.EncodedTypeName);
                continue;
            }

            var top = _sources.Count;
            int found;
            if (i < 64 ? (shared & (1UL << i)) != 0 : shared == ulong.MaxValue)
            {
                found = _sources.PushProperty(start, count, field.Utf8Name);
            }
            else if (i < 64 ? (filled & (1UL << i)) != 0 : _sources[slots + i].ValueKind != JsonValueKind.Undefined)
            {
                _sources.Push(_sources[slots + i]);
                found = 1;
            }
            else
            {
                found = 0;
            }

            var written = WriteValue(value, top, found);
            _sources.PopTo(top);
            if (!written)
            {
                return false;
            }
        }

        _sources.PopTo(slots);
        _writer.WriteEndObject();
        return true;
    }

    // The values of one field in the sources of its object (usually one).
    private bool WriteValue(ShapeValue shape, int start, int count)
    {
        if (count == 0)
        {
            return WriteNull(shape);
        }

        var value = _sources[start];
        var kind = value.ValueKind;
        for (var i = start + 1; i < start + count; i++)
        {
            if (_sources[i].ValueKind != kind)
            {
                return false;
            }
        }

        if (kind == JsonValueKind.Null)
        {
            return WriteNull(shape);
        }

        switch (shape.Kind)
        {
            case ShapeKind.List:
                return kind == JsonValueKind.Array && WriteList(shape.Item!, start, count);
            case ShapeKind.Object:
                return kind == JsonValueKind.Object
                    && _sources.PushAnswers(_binding.FetchesAt(shape), _outcomes, start, ref count)
                    && WriteObject(shape.Selection!, start, count);
            case ShapeKind.Abstract:
                return kind == JsonValueKind.Object
                    && _sources.PushAnswers(_binding.FetchesAt(shape), _outcomes, start, ref count)
                    && SelectionOf(shape, start, count) is { } selection
                    && WriteObject(selection, start, count);
        }

        if (count > 1 && !SameLeaves(start, count))
        {
            return false;
        }

        switch (shape.Kind)
        {
            case ShapeKind.String when kind == JsonValueKind.String:
                WriteString(value);
                return true;
            case ShapeKind.Int when kind == JsonValueKind.Number && value.TryGetInt32(out var number):
                _writer.WriteNumberValue(number);
                return true;
            case ShapeKind.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                _writer.WriteBooleanValue(kind == JsonValueKind.True);
                return true;
            default:
                // What the merged tree would hold, written as the direct writer writes it.
                return DirectResponseWriter.WriteValue(_writer, shape, ResultMerger.ToValue(value, keepRawStrings: true));
        }
    }

    private bool WriteNull(ShapeValue shape)
    {
        if (shape.NonNull)
        {
            return false;
        }

        _writer.WriteNullValue();
        return true;
    }

    private bool WriteList(ShapeValue item, int start, int count)
    {
        _writer.WriteStartArray();
        var top = _sources.Count;
        if (count == 1)
        {
            foreach (var element in _sources[start].EnumerateArray())
            {
                _sources.Push(element);
                var written = WriteValue(item, top, 1);
                _sources.PopTo(top);
                if (!written)
                {
                    return false;
                }
            }
        }
        else
        {
            var length = _sources[start].GetArrayLength();
            for (var i = start + 1; i < start + count; i++)
            {
                if (_sources[i].GetArrayLength() != length)
                {
                    return false;
                }
            }

            for (var index = 0; index < length; index++)
            {
                for (var i = start; i < start + count; i++)
                {
                    _sources.Push(_sources[i][index]);
                }

                var written = WriteValue(item, top, count);
                _sources.PopTo(top);
                if (!written)
                {
                    return false;
                }
            }
        }

        _writer.WriteEndArray();
        return true;
    }

    private ShapeSelectionSet? SelectionOf(ShapeValue shape, int start, int count)
    {
        var typeName = _sources.FirstValue(start, count, TypeName);
        if (typeName.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        foreach (var (name, selection) in shape.SelectionByTypeName!)
        {
            if (typeName.ValueEquals(name))
            {
                return selection;
            }
        }

        return null;
    }

    // A leaf several answers hold (a shared field): written when they agree.
    private bool SameLeaves(int start, int count)
    {
        var first = JsonMarshal.GetRawUtf8Value(_sources[start]);
        for (var i = start + 1; i < start + count; i++)
        {
            if (!first.SequenceEqual(JsonMarshal.GetRawUtf8Value(_sources[i])))
            {
                return false;
            }
        }

        return true;
    }

    // Printable ASCII without escapes is written by the engine's encoder as it is: copied.
    // Anything else is written through the encoder (as a decoded string would be).
    private void WriteString(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        var text = raw[1..^1];
        if (text.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0 && text.IndexOf((byte)'\\') < 0)
        {
            _writer.WriteRawValue(raw, skipInputValidation: true);
        }
        else
        {
            value.WriteTo(_writer);
        }
    }
}
