namespace Gql.DataLoader.Tests;

/// <summary>A loader parameter without [Service]: a service because the schema registers IDataLoader as one.</summary>
public sealed class ToyQuery
{
    public Task<IReadOnlyList<Toy?>> GetToys(IReadOnlyList<int> childIds, ToyByChildLoader toys) => toys.LoadAsync([.. childIds]);
}
