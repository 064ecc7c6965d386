using System.Buffers;

namespace Gql.Fusion.Execution.Direct;

/// <summary>One array of a <see cref="SegmentedBufferWriter"/>, linked as a <see cref="ReadOnlySequence{T}"/> segment.</summary>
internal sealed class BufferSegment : ReadOnlySequenceSegment<byte>
{
    public BufferSegment(byte[] buffer, BufferSegment? previous)
    {
        Buffer = buffer;
        if (previous is not null)
        {
            RunningIndex = previous.RunningIndex + previous.Written;
            previous.Next = this;
        }
    }

    public byte[] Buffer { get; }

    public int Written { get; private set; }

    public BufferSegment? NextSegment => (BufferSegment?)Next;

    public void Advance(int count)
    {
        Written += count;
        Memory = Buffer.AsMemory(0, Written);
    }
}
