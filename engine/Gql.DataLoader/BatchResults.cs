namespace Gql.DataLoader;

/// <summary>
/// What a batch function reports per key: a value or an error. Keys without an entry resolve to
/// the default value (null).
/// </summary>
public sealed class BatchResults<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values;
    private readonly Dictionary<TKey, Exception> _errors;

    internal BatchResults(IEqualityComparer<TKey> comparer)
    {
        _values = new Dictionary<TKey, TValue>(comparer);
        _errors = new Dictionary<TKey, Exception>(comparer);
    }

    /// <summary>Resolves <paramref name="key"/> to <paramref name="value"/>.</summary>
    public void SetValue(TKey key, TValue value)
    {
        _errors.Remove(key);
        _values[key] = value;
    }

    /// <summary>Fails <paramref name="key"/> alone; the failure is not cached.</summary>
    public void SetError(TKey key, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _values.Remove(key);
        _errors[key] = error;
    }

    internal bool TryGetError(TKey key, out Exception error) => _errors.TryGetValue(key, out error!);

    internal TValue GetValueOrDefault(TKey key) => _values.TryGetValue(key, out var value) ? value : default!;
}
