using Microsoft.EntityFrameworkCore;

namespace Gql.Data.Tests.Keyset;

public sealed class ShipmentDbContext(DbContextOptions<ShipmentDbContext> options) : DbContext(options)
{
    public DbSet<Shipment> Shipments => Set<Shipment>();
}
