namespace Gql.AspNetCore.Tests;

/// <summary>A readable stream that does not tell its length, so HttpClient sends it chunked.</summary>
public sealed class UnknownLengthStream(byte[] data) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("This test stream is read-only and cannot seek.");

    public override long Position { get => _position; set => throw new NotSupportedException("This test stream is read-only and cannot seek."); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(count, Math.Min(4096, data.Length - _position));
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("This test stream is read-only and cannot seek.");

    public override void SetLength(long value) => throw new NotSupportedException("This test stream is read-only and cannot seek.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("This test stream is read-only and cannot seek.");
}
