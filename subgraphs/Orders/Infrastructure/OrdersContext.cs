using ECommerce.Orders.Model;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Infrastructure;

/// <summary>The Orders service's database ("orders"). Schema by <see cref="Migrations.InitialOrdersMigration"/>.</summary>
public sealed class OrdersContext(DbContextOptions<OrdersContext> options) : DbContext(options)
{
    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<CartItem> CartItems => Set<CartItem>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderItem> OrderItems => Set<OrderItem>();

    public DbSet<OrderStatusChange> StatusChanges => Set<OrderStatusChange>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Cart>(cart =>
        {
            cart.ToTable("carts");
            cart.HasKey(c => c.UserId).HasName("pk_carts");
            cart.Property(c => c.UserId).HasColumnName("user_id").ValueGeneratedNever();
            cart.Property(c => c.UpdatedAt).HasColumnName("updated_at");
            cart.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.UserId)
                .HasConstraintName("fk_cart_items_carts_user_id").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CartItem>(item =>
        {
            item.ToTable("cart_items");
            item.HasKey(i => new { i.UserId, i.ProductId }).HasName("pk_cart_items");
            item.Property(i => i.UserId).HasColumnName("user_id");
            item.Property(i => i.ProductId).HasColumnName("product_id");
            item.Property(i => i.Quantity).HasColumnName("quantity");
            item.Property(i => i.AddedAt).HasColumnName("added_at");
        });

        modelBuilder.Entity<Order>(order =>
        {
            order.ToTable("orders");
            order.HasKey(o => o.Id).HasName("pk_orders");
            order.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
            order.Property(o => o.UserId).HasColumnName("user_id");
            order.Property(o => o.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
            order.Property(o => o.Total).HasColumnName("total").HasPrecision(18, 2);
            order.Property(o => o.Currency).HasColumnName("currency").HasMaxLength(3);
            order.Property(o => o.CreatedAt).HasColumnName("created_at");
            order.Property(o => o.UpdatedAt).HasColumnName("updated_at");
            order.Property(o => o.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(100);
            order.OwnsOne(o => o.ShippingAddress, address =>
            {
                address.Property(a => a.Name).HasColumnName("ship_name").HasMaxLength(100);
                address.Property(a => a.Line1).HasColumnName("ship_line1").HasMaxLength(200);
                address.Property(a => a.Line2).HasColumnName("ship_line2").HasMaxLength(200);
                address.Property(a => a.City).HasColumnName("ship_city").HasMaxLength(100);
                address.Property(a => a.Region).HasColumnName("ship_region").HasMaxLength(100);
                address.Property(a => a.PostalCode).HasColumnName("ship_postal_code").HasMaxLength(20);
                address.Property(a => a.Country).HasColumnName("ship_country").HasMaxLength(2);
            });
            order.Navigation(o => o.ShippingAddress).IsRequired();
            order.HasIndex(o => new { o.UserId, o.IdempotencyKey }).IsUnique().HasDatabaseName("ix_orders_user_id_idempotency_key");
            order.HasIndex(o => new { o.UserId, o.CreatedAt }).HasDatabaseName("ix_orders_user_id_created_at");
            order.HasIndex(o => o.CreatedAt).HasDatabaseName("ix_orders_created_at");
            order.HasMany<OrderItem>().WithOne().HasForeignKey(i => i.OrderId)
                .HasConstraintName("fk_order_items_orders_order_id").OnDelete(DeleteBehavior.Cascade);
            order.HasMany<OrderStatusChange>().WithOne().HasForeignKey(c => c.OrderId)
                .HasConstraintName("fk_order_status_changes_orders_order_id").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OrderItem>(item =>
        {
            item.ToTable("order_items");
            item.HasKey(i => i.Id).HasName("pk_order_items");
            item.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
            item.Property(i => i.OrderId).HasColumnName("order_id");
            item.Property(i => i.Position).HasColumnName("position");
            item.Property(i => i.ProductId).HasColumnName("product_id");
            item.Property(i => i.Quantity).HasColumnName("quantity");
            item.Property(i => i.UnitPrice).HasColumnName("unit_price").HasPrecision(18, 2);
            item.Property(i => i.LineTotal).HasColumnName("line_total").HasPrecision(18, 2);
            item.Property(i => i.ProductName).HasColumnName("product_name").HasMaxLength(200);
            item.Property(i => i.Sku).HasColumnName("sku").HasMaxLength(64);
            item.HasIndex(i => i.OrderId).HasDatabaseName("ix_order_items_order_id");
            item.HasIndex(i => i.ProductId).HasDatabaseName("ix_order_items_product_id");
        });

        modelBuilder.Entity<OrderStatusChange>(change =>
        {
            change.ToTable("order_status_changes");
            change.HasKey(c => c.Id).HasName("pk_order_status_changes");
            change.Property(c => c.Id).HasColumnName("id").UseIdentityByDefaultColumn();
            change.Property(c => c.OrderId).HasColumnName("order_id");
            change.Property(c => c.PreviousStatus).HasColumnName("previous_status").HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.Reason).HasColumnName("reason").HasMaxLength(500);
            change.Property(c => c.ChangedAt).HasColumnName("changed_at");
            change.HasIndex(c => c.OrderId).HasDatabaseName("ix_order_status_changes_order_id");
        });

        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("outbox");
            message.HasKey(m => m.Id).HasName("pk_outbox");
            message.Property(m => m.Id).HasColumnName("id").UseIdentityByDefaultColumn();
            message.Property(m => m.OrderId).HasColumnName("order_id");
            message.Property(m => m.Type).HasColumnName("type").HasMaxLength(50);
            message.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            message.Property(m => m.CreatedAt).HasColumnName("created_at");
            message.Property(m => m.PublishedAt).HasColumnName("published_at");
            message.Property(m => m.PublishAttempts).HasColumnName("publish_attempts");
            message.Property(m => m.NotifiedAt).HasColumnName("notified_at");
            message.Property(m => m.NotifyAttempts).HasColumnName("notify_attempts");
            message.Property(m => m.NextNotifyAt).HasColumnName("next_notify_at");
            message.HasIndex(m => m.Id, "ix_outbox_unpublished").HasFilter("published_at IS NULL");
            message.HasIndex(m => m.Id, "ix_outbox_unnotified").HasFilter("notified_at IS NULL");
        });
    }
}
