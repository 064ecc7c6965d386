using Microsoft.Extensions.Primitives;

namespace Gql.Fusion.Execution;

/// <summary>
/// Identifies a subgraph request for in-flight de-duplication: the subgraph, the forwarded headers
/// (so callers with different <c>Authorization</c> never share an answer) and the exact body bytes.
/// Callers look it up with an <see cref="InFlightRequestProbe"/> (<see cref="InFlightRequestKeyComparer"/>).
/// </summary>
internal sealed class InFlightRequestKey : IEquatable<InFlightRequestKey>
{
    private readonly string _subgraph;
    private readonly IReadOnlyList<KeyValuePair<string, StringValues>> _headers;
    private readonly byte[] _body;
    private readonly int _hash;

    public InFlightRequestKey(InFlightRequestProbe probe)
    {
        _subgraph = probe.Subgraph;

        // The request's forwarded headers: read from its HTTP request once and never changed.
        _headers = probe.Headers;
        _body = probe.Body.ToArray();
        _hash = probe.Hash;
    }

    /// <summary>The request body (a copy: the caller's buffer may be returned before the shared request ends).</summary>
    public ReadOnlyMemory<byte> Body => _body;

    public bool Matches(InFlightRequestProbe probe) => Matches(probe.Hash, probe.Subgraph, probe.Headers, probe.Body);

    public bool Equals(InFlightRequestKey? other) => other is not null && Matches(other._hash, other._subgraph, other._headers, other._body);

    public override bool Equals(object? obj) => obj is InFlightRequestKey other && Equals(other);

    public override int GetHashCode() => _hash;

    private bool Matches(int hash, string subgraph, IReadOnlyList<KeyValuePair<string, StringValues>> headers, ReadOnlySpan<byte> body)
    {
        if (hash != _hash || subgraph != _subgraph || headers.Count != _headers.Count)
        {
            return false;
        }

        for (var i = 0; i < headers.Count; i++)
        {
            if (!string.Equals(_headers[i].Key, headers[i].Key, StringComparison.OrdinalIgnoreCase)
                || !StringValues.Equals(_headers[i].Value, headers[i].Value))
            {
                return false;
            }
        }

        return body.SequenceEqual(_body);
    }
}
