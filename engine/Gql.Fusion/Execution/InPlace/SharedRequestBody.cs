namespace Gql.Fusion.Execution.InPlace;

/// <summary>The request body of an entity fetch that forwards no client variables (a function of its keys alone), with its hash for the in-flight table.</summary>
internal sealed class SharedRequestBody(byte[] bytes, int hash)
{
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    /// <summary><see cref="InFlightRequestProbe.HashBody"/> of the bytes.</summary>
    public int Hash { get; } = hash;
}
