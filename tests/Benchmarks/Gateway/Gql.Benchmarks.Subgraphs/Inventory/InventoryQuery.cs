using Gql.Federation;

namespace Gql.Benchmarks.Subgraphs.Inventory;

public sealed class InventoryQuery
{
    [Lookup]
    [Internal]
    public InventoryProduct? GetProductByUpc(string upc) => InventoryData.Find(upc);
}
