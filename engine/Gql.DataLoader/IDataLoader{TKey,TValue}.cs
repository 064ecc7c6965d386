namespace Gql.DataLoader;

/// <summary>
/// Loads values by key: keys requested while the request has ready work are collected into one
/// batch, de-duplicated and cached for the rest of the request (graphql/dataloader semantics).
/// </summary>
public interface IDataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    /// <summary>The value of <paramref name="key"/> (default when the batch did not return it).</summary>
    Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default);

    /// <summary>The values of <paramref name="keys"/>, in the same order (graphql/dataloader <c>loadMany</c>).</summary>
    Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Puts <paramref name="value"/> into the cache, replacing what is there.</summary>
    void Set(TKey key, TValue value);

    /// <summary>Puts <paramref name="value"/> into the cache unless the key is already cached (graphql/dataloader <c>prime</c>).</summary>
    void Prime(TKey key, TValue value);

    /// <summary>Removes <paramref name="key"/> from the cache (graphql/dataloader <c>clear</c>).</summary>
    void Remove(TKey key);
}
