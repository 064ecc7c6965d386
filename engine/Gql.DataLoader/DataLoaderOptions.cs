namespace Gql.DataLoader;

/// <summary>Options of one DataLoader.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>The shared defaults (unlimited batches, caching on).</summary>
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>The most keys one batch call receives; larger batches are split. 0 means unlimited.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Whether loaded values are kept for the rest of the request.</summary>
    public bool Caching { get; init; } = true;
}
