using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

public sealed class InventoryQuery
{
    [Lookup]
    [Internal]
    public StockedProduct? GetProductByUpc(string upc) => upc.StartsWith('p') ? new StockedProduct(upc) : null;
}
