using ECommerce.Payments.Model;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Payments.Infrastructure;

/// <summary>The Payments service's database ("payments"): payments, their refunds, handled webhook events. Schema by <see cref="Migrations.InitialPaymentsMigration"/>.</summary>
public sealed class PaymentsContext(DbContextOptions<PaymentsContext> options) : DbContext(options)
{
    public DbSet<PaymentRecord> Payments => Set<PaymentRecord>();

    public DbSet<RefundRecord> Refunds => Set<RefundRecord>();

    public DbSet<WebhookEventRecord> WebhookEvents => Set<WebhookEventRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<PaymentRecord>(payment =>
        {
            payment.ToTable("payments");
            payment.HasKey(p => p.Id).HasName("pk_payments");
            payment.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
            payment.Property(p => p.OrderId).HasColumnName("order_id");
            payment.Property(p => p.UserId).HasColumnName("user_id");
            payment.Property(p => p.Amount).HasColumnName("amount").HasPrecision(19, 4);
            payment.Property(p => p.Currency).HasColumnName("currency").HasMaxLength(3);
            payment.Property(p => p.Status).HasColumnName("status").HasMaxLength(20);
            payment.Property(p => p.Provider).HasColumnName("provider").HasMaxLength(20);
            payment.Property(p => p.ProviderReference).HasColumnName("provider_reference").HasMaxLength(255);
            payment.Property(p => p.ProviderChargeReference).HasColumnName("provider_charge_reference").HasMaxLength(255);
            payment.Property(p => p.PaymentMethod).HasColumnName("payment_method").HasMaxLength(255);
            payment.Property(p => p.FailureCode).HasColumnName("failure_code").HasMaxLength(100);
            payment.Property(p => p.FailureMessage).HasColumnName("failure_message").HasMaxLength(500);
            payment.Property(p => p.AmountRefunded).HasColumnName("amount_refunded").HasPrecision(19, 4);
            payment.Property(p => p.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(255);
            payment.Property(p => p.CreatedAt).HasColumnName("created_at");
            payment.Property(p => p.UpdatedAt).HasColumnName("updated_at");
            payment.HasIndex(p => p.IdempotencyKey).IsUnique().HasDatabaseName("ix_payments_idempotency_key");
            payment.HasIndex(p => p.OrderId).HasDatabaseName("ix_payments_order_id");
            payment.HasIndex(p => p.ProviderReference).HasDatabaseName("ix_payments_provider_reference");
            payment.HasMany(p => p.Refunds).WithOne().HasForeignKey(r => r.PaymentId)
                .HasConstraintName("fk_refunds_payments_payment_id").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RefundRecord>(refund =>
        {
            refund.ToTable("refunds");
            refund.HasKey(r => r.Id).HasName("pk_refunds");
            refund.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
            refund.Property(r => r.PaymentId).HasColumnName("payment_id");
            refund.Property(r => r.Amount).HasColumnName("amount").HasPrecision(19, 4);
            refund.Property(r => r.Status).HasColumnName("status").HasMaxLength(20);
            refund.Property(r => r.ProviderReference).HasColumnName("provider_reference").HasMaxLength(255);
            refund.Property(r => r.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(255);
            refund.Property(r => r.CreatedAt).HasColumnName("created_at");
            refund.HasIndex(r => r.IdempotencyKey).IsUnique().HasDatabaseName("ix_refunds_idempotency_key");
            refund.HasIndex(r => r.PaymentId).HasDatabaseName("ix_refunds_payment_id");
        });

        modelBuilder.Entity<WebhookEventRecord>(webhookEvent =>
        {
            webhookEvent.ToTable("webhook_events");
            webhookEvent.HasKey(e => e.Id).HasName("pk_webhook_events");
            webhookEvent.Property(e => e.Id).HasColumnName("id").HasMaxLength(255);
            webhookEvent.Property(e => e.Type).HasColumnName("type").HasMaxLength(100);
            webhookEvent.Property(e => e.ReceivedAt).HasColumnName("received_at");
        });
    }
}
