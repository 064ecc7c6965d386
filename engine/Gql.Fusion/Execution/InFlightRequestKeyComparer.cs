namespace Gql.Fusion.Execution;

/// <summary>Compares in-flight keys, and probes with keys, so a lookup copies nothing.</summary>
internal sealed class InFlightRequestKeyComparer : IEqualityComparer<InFlightRequestKey>, IAlternateEqualityComparer<InFlightRequestProbe, InFlightRequestKey>
{
    public static InFlightRequestKeyComparer Instance { get; } = new();

    public bool Equals(InFlightRequestKey? x, InFlightRequestKey? y) => ReferenceEquals(x, y) || (x is not null && x.Equals(y));

    public int GetHashCode(InFlightRequestKey obj) => obj.GetHashCode();

    public bool Equals(InFlightRequestProbe alternate, InFlightRequestKey other) => other.Matches(alternate);

    public int GetHashCode(InFlightRequestProbe alternate) => alternate.Hash;

    public InFlightRequestKey Create(InFlightRequestProbe alternate) => new(alternate);
}
