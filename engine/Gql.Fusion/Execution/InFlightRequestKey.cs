namespace Gql.Fusion.Execution;

/// <summary>
/// Identifies a subgraph request for in-flight de-duplication: the subgraph, the forwarded headers
/// (so callers with different <c>Authorization</c> never share an answer) and the exact body bytes.
/// Callers look it up with an <see cref="InFlightRequestProbe"/> (<see cref="InFlightRequestKeyComparer"/>).
/// </summary>
internal sealed class InFlightRequestKey : IEquatable<InFlightRequestKey>
{
    private readonly string _subgraph;
    private readonly string[] _headers;
    private readonly byte[] _body;
    private readonly int _hash;

    public InFlightRequestKey(InFlightRequestProbe probe)
    {
        _subgraph = probe.Subgraph;
        _headers = new string[probe.Headers.Count * 2];
        for (var i = 0; i < probe.Headers.Count; i++)
        {
            _headers[2 * i] = probe.Headers[i].Key;
            _headers[(2 * i) + 1] = probe.Headers[i].Value.ToString();
        }

        _body = probe.Body.ToArray();
        _hash = probe.Hash;
    }

    /// <summary>The request body (a copy: the caller's buffer may be returned before the shared request ends).</summary>
    public ReadOnlyMemory<byte> Body => _body;

    public bool Matches(InFlightRequestProbe probe)
    {
        if (probe.Hash != _hash || probe.Subgraph != _subgraph || probe.Headers.Count * 2 != _headers.Length)
        {
            return false;
        }

        for (var i = 0; i < probe.Headers.Count; i++)
        {
            if (!string.Equals(_headers[2 * i], probe.Headers[i].Key, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(_headers[(2 * i) + 1], probe.Headers[i].Value.ToString(), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return probe.Body.SequenceEqual(_body);
    }

    public bool Equals(InFlightRequestKey? other)
    {
        if (other is null || other._hash != _hash || other._subgraph != _subgraph || other._headers.Length != _headers.Length)
        {
            return false;
        }

        for (var i = 0; i < _headers.Length; i += 2)
        {
            if (!string.Equals(_headers[i], other._headers[i], StringComparison.OrdinalIgnoreCase)
                || !string.Equals(_headers[i + 1], other._headers[i + 1], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return _body.AsSpan().SequenceEqual(other._body);
    }

    public override bool Equals(object? obj) => obj is InFlightRequestKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
