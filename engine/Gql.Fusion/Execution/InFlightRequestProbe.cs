using Microsoft.Extensions.Primitives;

namespace Gql.Fusion.Execution;

/// <summary>
/// A subgraph request looked up in the in-flight table without copying it: the caller's body stays
/// in its buffer, and only a request that starts a new entry becomes an <see cref="InFlightRequestKey"/>.
/// </summary>
internal readonly ref struct InFlightRequestProbe
{
    /// <param name="bodyHash"><see cref="HashBody"/> of <paramref name="body"/> (computed once for a body several requests send).</param>
    public InFlightRequestProbe(string subgraph, IReadOnlyList<KeyValuePair<string, StringValues>> headers, ReadOnlySpan<byte> body, int bodyHash)
    {
        Subgraph = subgraph;
        Headers = headers;
        Body = body;
        var hash = new HashCode();
        hash.Add(subgraph);
        for (var i = 0; i < headers.Count; i++)
        {
            hash.Add(headers[i].Key, StringComparer.OrdinalIgnoreCase);
            hash.Add(headers[i].Value.ToString());
        }

        hash.Add(bodyHash);
        Hash = hash.ToHashCode();
    }

    public static int HashBody(ReadOnlySpan<byte> body)
    {
        var hash = new HashCode();
        hash.AddBytes(body);
        return hash.ToHashCode();
    }

    public string Subgraph { get; }

    public IReadOnlyList<KeyValuePair<string, StringValues>> Headers { get; }

    public ReadOnlySpan<byte> Body { get; }

    public int Hash { get; }
}
