using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ECommerce.Payments.Infrastructure.Migrations;

/// <summary>Payments (unique idempotency key), their refunds (unique idempotency key) and the handled webhook events.</summary>
[DbContext(typeof(PaymentsContext))]
[Migration("20261203070000_InitialPayments")]
public sealed class InitialPaymentsMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "payments",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                provider_reference = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                provider_charge_reference = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                payment_method = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                failure_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                failure_message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                amount_refunded = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                idempotency_key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_payments", p => p.id));

        migrationBuilder.CreateIndex(name: "ix_payments_idempotency_key", table: "payments", column: "idempotency_key", unique: true);
        migrationBuilder.CreateIndex(name: "ix_payments_order_id", table: "payments", column: "order_id");
        migrationBuilder.CreateIndex(name: "ix_payments_provider_reference", table: "payments", column: "provider_reference");

        migrationBuilder.CreateTable(
            name: "refunds",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                payment_id = table.Column<Guid>(type: "uuid", nullable: false),
                amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                provider_reference = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                idempotency_key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_refunds", r => r.id);
                table.ForeignKey("fk_refunds_payments_payment_id", r => r.payment_id, "payments", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ix_refunds_idempotency_key", table: "refunds", column: "idempotency_key", unique: true);
        migrationBuilder.CreateIndex(name: "ix_refunds_payment_id", table: "refunds", column: "payment_id");

        migrationBuilder.CreateTable(
            name: "webhook_events",
            columns: table => new
            {
                id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_webhook_events", e => e.id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("webhook_events");
        migrationBuilder.DropTable("refunds");
        migrationBuilder.DropTable("payments");
    }
}
