namespace Gql.DataLoader;

/// <summary>
/// What a batch function reports per key: a value or an error. Keys without an entry resolve to
/// the default value (null). Safe to fill from several threads.
/// </summary>
public sealed class BatchResults<TKey, TValue>
    where TKey : notnull
{
    private readonly object _sync = new();
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
        ArgumentNullException.ThrowIfNull(key);
        lock (_sync)
        {
            _errors.Remove(key);
            _values[key] = value;
        }
    }

    /// <summary>Fails <paramref name="key"/> alone; the failure is not cached.</summary>
    public void SetError(TKey key, Exception error)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(error);
        lock (_sync)
        {
            _values.Remove(key);
            _errors[key] = error;
        }
    }

    internal bool TryGetError(TKey key, out Exception error)
    {
        lock (_sync)
        {
            return _errors.TryGetValue(key, out error!);
        }
    }

    internal TValue GetValueOrDefault(TKey key)
    {
        lock (_sync)
        {
            return _values.TryGetValue(key, out var value) ? value : default!;
        }
    }
}
