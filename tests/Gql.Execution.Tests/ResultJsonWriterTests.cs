using System.Buffers;
using System.Text;
using System.Text.Json;
using Gql.Language;

namespace Gql.Execution.Tests;

/// <summary>
/// Data that is JSON already, in pieces (<see cref="IJsonSequence"/>): written into a buffer
/// writer piece by piece, never asking it for a buffer of the whole value's size, with the same
/// bytes as the value written in one go, between errors and extensions.
/// </summary>
public class ResultJsonWriterTests
{
    // About 20 KB: 600 users.
    private static readonly string DataJson = """{"users":["""
        + string.Join(',', Enumerable.Range(1, 600).Select(i => $$"""{"id":"{{i}}","name":"User {{i}}"}"""))
        + """],"count":600}""";

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Data_in_pieces_is_copied_piece_by_piece_into_the_bytes_of_the_whole_value(int pieceSize)
    {
        var data = new JsonInPieces(DataJson, pieceSize);
        var result = new ExecutionResult(
            data,
            [GraphQLError.WithCode("partial", "SOME_CODE")],
            new Dictionary<string, object?> { ["cost"] = 3 });
        var output = new RecordingBufferWriter();

        result.WriteTo(output);

        Assert.Equal(
            """{"errors":[{"message":"partial","extensions":{"code":"SOME_CODE"}}],"data":""" + DataJson + ""","extensions":{"cost":3}}""",
            output.Text);
        Assert.True(output.LargestSizeHint < DataJson.Length / 2, $"asked for {output.LargestSizeHint} bytes at once");
    }

    [Fact]
    public void Data_in_pieces_written_through_a_writer_alone_gives_the_same_bytes()
    {
        var data = new JsonInPieces(DataJson, 5);
        var result = new ExecutionResult(data);
        var buffer = new ArrayBufferWriter<byte>();

        using (var writer = new Utf8JsonWriter(buffer))
        {
            ResultJsonWriter.WriteResult(writer, result);
        }

        Assert.Equal("""{"data":""" + DataJson + "}", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    // The data as a map (what readers of the result see) and as its JSON in pieces of a given size.
    private sealed class JsonInPieces : Dictionary<string, object?>, IJsonSequence
    {
        public JsonInPieces(string json, int pieceSize)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            Piece? first = null;
            Piece? last = null;
            for (var start = 0; start < bytes.Length; start += pieceSize)
            {
                last = new Piece(bytes.AsMemory(start, Math.Min(pieceSize, bytes.Length - start)), last);
                first ??= last;
            }

            Json = new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
            using var document = JsonDocument.Parse(json);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                this[property.Name] = property.Value.Clone();
            }
        }

        public ReadOnlySequence<byte> Json { get; }

        public void WriteJson(Utf8JsonWriter writer) => writer.WriteRawValue(Json, skipInputValidation: true);
    }

    private sealed class Piece : ReadOnlySequenceSegment<byte>
    {
        public Piece(ReadOnlyMemory<byte> memory, Piece? previous)
        {
            Memory = memory;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }

    // Hands out small buffers (16 bytes or the size asked for) and remembers the largest size asked for.
    private sealed class RecordingBufferWriter : IBufferWriter<byte>
    {
        private readonly ArrayBufferWriter<byte> _written = new();

        public int LargestSizeHint { get; private set; }

        public string Text => Encoding.UTF8.GetString(_written.WrittenSpan);

        public void Advance(int count) => _written.Advance(count);

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            LargestSizeHint = Math.Max(LargestSizeHint, sizeHint);
            return _written.GetMemory(Math.Max(sizeHint, 16))[..Math.Max(sizeHint, 16)];
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}
