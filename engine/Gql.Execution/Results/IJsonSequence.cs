using System.Buffers;

namespace Gql.Execution;

/// <summary>
/// A result value that is JSON already, kept in pieces (e.g. the pooled buffers a gateway wrote
/// a response's data into): when <see cref="ResultJsonWriter"/> writes a response into an
/// <see cref="IBufferWriter{T}"/>, it copies the pieces as they are instead of asking the output
/// for one buffer of the whole value's size (for more than 85 KB an array of the large object heap).
/// </summary>
public interface IJsonSequence : IJsonWritable
{
    /// <summary>Exactly one JSON value, as UTF-8.</summary>
    ReadOnlySequence<byte> Json { get; }
}
