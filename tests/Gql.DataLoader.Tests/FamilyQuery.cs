namespace Gql.DataLoader.Tests;

public sealed class FamilyQuery
{
    public IReadOnlyList<Parent> GetParents(int count) => [.. Enumerable.Range(1, count).Select(id => new Parent(id))];
}
