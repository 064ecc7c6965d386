using Microsoft.Extensions.Primitives;

namespace Gql.Fusion.Execution;

/// <summary>
/// Identifies a subgraph request for in-flight de-duplication: the subgraph, the forwarded headers
/// (so callers with different <c>Authorization</c> never share an answer) and the exact body bytes.
/// </summary>
internal sealed class InFlightRequestKey : IEquatable<InFlightRequestKey>
{
    private readonly string _subgraph;
    private readonly string[] _headers;
    private readonly byte[] _body;
    private readonly int _hash;

    public InFlightRequestKey(string subgraph, IReadOnlyList<KeyValuePair<string, StringValues>> headers, ReadOnlySpan<byte> body)
    {
        _subgraph = subgraph;
        _headers = new string[headers.Count * 2];
        var hash = new HashCode();
        hash.Add(subgraph);
        for (var i = 0; i < headers.Count; i++)
        {
            _headers[2 * i] = headers[i].Key;
            _headers[(2 * i) + 1] = headers[i].Value.ToString();
            hash.Add(_headers[2 * i], StringComparer.OrdinalIgnoreCase);
            hash.Add(_headers[(2 * i) + 1]);
        }

        _body = body.ToArray();
        hash.AddBytes(body);
        _hash = hash.ToHashCode();
    }

    /// <summary>The request body (a copy: the caller's buffer may be returned before the shared request ends).</summary>
    public ReadOnlyMemory<byte> Body => _body;

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
