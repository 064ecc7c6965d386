using Gql.Types;

namespace Gql.Data.Tests.Keyset;

public sealed class ShipmentQuery
{
    [UsePaging(IncludeTotalCount = true)]
    public IQueryable<Shipment> GetShipments([Service] ShipmentDbContext db) => db.Shipments.OrderBy(s => s.Id);

    [UsePaging]
    public IQueryable<Shipment> GetLatestShipments([Service] ShipmentDbContext db)
        => db.Shipments.OrderByDescending(s => s.ShippedAt).ThenBy(s => s.Id);

    [UsePaging]
    public IQueryable<Parcel> GetParcels([Service] ShipmentDbContext db) => db.Parcels;
}
