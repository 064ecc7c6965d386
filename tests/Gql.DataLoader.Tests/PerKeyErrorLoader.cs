namespace Gql.DataLoader.Tests;

/// <summary>Resolves even keys to their square and fails odd keys one by one; records the calls.</summary>
public sealed class PerKeyErrorLoader(DataLoaderScope scope) : DataLoaderBase<int, int>(scope)
{
    public List<int[]> Calls { get; } = [];

    protected override Task FetchAsync(IReadOnlyList<int> keys, BatchResults<int, int> results, CancellationToken cancellationToken)
    {
        Calls.Add([.. keys]);
        foreach (var key in keys)
        {
            if (key % 2 == 0)
            {
                results.SetValue(key, key * key);
            }
            else
            {
                results.SetError(key, new ArgumentException($"Odd: {key}"));
            }
        }

        return Task.CompletedTask;
    }
}
