using Microsoft.EntityFrameworkCore;

namespace Gql.Data.Tests.Keyset;

public sealed class ShipmentDbContext(DbContextOptions<ShipmentDbContext> options) : DbContext(options)
{
    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<Parcel> Parcels => Set<Parcel>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<Parcel>().Property(p => p.Id).HasConversion(number => number.Value, value => new ParcelNumber(value)).ValueGeneratedNever();
}
