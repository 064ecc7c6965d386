namespace Gql.Federation.Tests.References;

public sealed class ShipmentQuery
{
    public WarehouseReference Origin() => new("w1");
}
