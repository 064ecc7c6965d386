namespace Gql.DataLoader.Tests;

public sealed record Child(int Id, string Name)
{
    /// <summary>Class-typed loader parameter: a service through [Service].</summary>
    public async Task<Toy?> GetToy([Gql.Types.Service] ToyByChildLoader toys) => await toys.LoadAsync(Id).ConfigureAwait(false);
}
