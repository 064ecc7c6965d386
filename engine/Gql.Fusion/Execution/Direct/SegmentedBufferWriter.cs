using System.Buffers;

namespace Gql.Fusion.Execution.Direct;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays small enough to stay out of the large object
/// heap (a response of the gateway is often larger than 85 KB), read back as one sequence. With a
/// pool, the arrays are rented and <see cref="Dispose"/> returns them (only once nothing reads
/// <see cref="WrittenSequence"/> any more); without, they are plain arrays and Dispose does nothing.
/// </summary>
internal sealed class SegmentedBufferWriter : IBufferWriter<byte>, IDisposable
{
    public const int SegmentSize = 16 * 1024;

    private readonly ArrayPool<byte>? _pool;
    private readonly BufferSegment _first;
    private BufferSegment _current;
    private bool _disposed;

    public SegmentedBufferWriter(ArrayPool<byte>? pool)
    {
        _pool = pool;
        _first = new BufferSegment(NewArray(SegmentSize), null);
        _current = _first;
    }

    public ReadOnlySequence<byte> WrittenSequence => new(_first, 0, _current, _current.Written);

    public void Advance(int count) => _current.Advance(count);

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var segment = Reserve(sizeHint);
        return segment.Buffer.AsMemory(segment.Written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var segment = Reserve(sizeHint);
        return segment.Buffer.AsSpan(segment.Written);
    }

    public void Dispose()
    {
        if (_pool is null || _disposed)
        {
            return;
        }

        _disposed = true;
        for (var segment = _first; segment is not null; segment = segment.NextSegment)
        {
            _pool.Return(segment.Buffer);
        }
    }

    private BufferSegment Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_current.Buffer.Length - _current.Written < sizeHint)
        {
            _current = new BufferSegment(NewArray(Math.Max(SegmentSize, sizeHint)), _current);
        }

        return _current;
    }

    private byte[] NewArray(int size) => _pool?.Rent(size) ?? new byte[size];
}
