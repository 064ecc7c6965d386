using ECommerce.Inventory.Model;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Inventory.Infrastructure;

/// <summary>
/// The Inventory service's database ("inventory"): stock per product and the reservations of orders.
/// Schema by <see cref="Migrations.InitialInventoryMigration"/>. The CHECK constraints are the last line
/// of defence against overselling: whatever the code does, reserved never exceeds on hand.
/// </summary>
public sealed class InventoryContext(DbContextOptions<InventoryContext> options) : DbContext(options)
{
    public DbSet<StockItem> StockItems => Set<StockItem>();

    public DbSet<StockReservation> Reservations => Set<StockReservation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StockItem>(stock =>
        {
            stock.ToTable("stock_items", table =>
            {
                table.HasCheckConstraint("ck_stock_items_on_hand", "on_hand >= 0");
                table.HasCheckConstraint("ck_stock_items_reserved", "reserved >= 0 AND reserved <= on_hand");
                table.HasCheckConstraint("ck_stock_items_low_stock_threshold", "low_stock_threshold >= 0");
            });
            stock.HasKey(s => s.ProductId).HasName("pk_stock_items");
            stock.Property(s => s.ProductId).HasColumnName("product_id").ValueGeneratedNever();
            stock.Property(s => s.OnHand).HasColumnName("on_hand");
            stock.Property(s => s.Reserved).HasColumnName("reserved");
            stock.Property(s => s.LowStockThreshold).HasColumnName("low_stock_threshold");
            stock.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.Entity<StockReservation>(reservation =>
        {
            reservation.ToTable("reservations", table =>
                table.HasCheckConstraint("ck_reservations_status", "status IN ('RESERVED', 'COMMITTED', 'RELEASED', 'RESTOCKED')"));
            reservation.HasKey(r => r.OrderId).HasName("pk_reservations");
            reservation.Property(r => r.OrderId).HasColumnName("order_id").ValueGeneratedNever();
            reservation.Property(r => r.Status).HasColumnName("status").HasMaxLength(20);
            reservation.Property(r => r.CreatedAt).HasColumnName("created_at");
            reservation.Property(r => r.UpdatedAt).HasColumnName("updated_at");
            reservation.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.OrderId)
                .HasConstraintName("fk_reservation_lines_reservations_order_id").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StockReservationLine>(line =>
        {
            line.ToTable("reservation_lines", table => table.HasCheckConstraint("ck_reservation_lines_quantity", "quantity > 0"));
            line.HasKey(l => new { l.OrderId, l.ProductId }).HasName("pk_reservation_lines");
            line.Property(l => l.OrderId).HasColumnName("order_id");
            line.Property(l => l.ProductId).HasColumnName("product_id");
            line.Property(l => l.Quantity).HasColumnName("quantity");
        });
    }
}
