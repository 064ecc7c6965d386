namespace Gql.Federation.Tests;

public sealed class WarehouseQuery
{
    [Lookup]
    public Warehouse? WarehouseById(int id) => new(id, "city " + id);
}
