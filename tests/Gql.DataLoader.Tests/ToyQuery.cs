namespace Gql.DataLoader.Tests;

/// <summary>A loader parameter without [Service]: a service because IDataLoader is marked [Service].</summary>
public sealed class ToyQuery
{
    public Task<IReadOnlyList<Toy?>> GetToys(IReadOnlyList<int> childIds, ToyByChildLoader toys) => toys.LoadAsync([.. childIds]);
}
