namespace Gql.DataLoader.Tests;

public sealed record Parent(int Id)
{
    /// <summary>Interface-typed loader parameter: a service by default in code-first resolvers.</summary>
    public Task<Child> GetChild(IDataLoader<int, Child> children) => children.LoadAsync(Id * 10);
}
