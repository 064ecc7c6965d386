using Gql.Types;

namespace Gql.Federation.Tests.Shelves;

/// <summary>A node loaded through a DataLoader, to check that <c>nodes</c> batches its loads.</summary>
[Node]
public sealed record Shelf(int Id, string Label)
{
    [NodeResolver]
    internal static Task<Shelf> LoadAsync(int id, ShelfByIdDataLoader shelves, CancellationToken cancellationToken)
        => shelves.LoadAsync(id, cancellationToken);
}
