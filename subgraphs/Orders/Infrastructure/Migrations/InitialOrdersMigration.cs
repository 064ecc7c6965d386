using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ECommerce.Orders.Infrastructure.Migrations;

/// <summary>Carts, orders with their items (price snapshot) and status history, and the outbox of order events.</summary>
[DbContext(typeof(OrdersContext))]
[Migration("20261203070000_InitialOrders")]
public sealed class InitialOrdersMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "carts",
            columns: table => new
            {
                user_id = table.Column<Guid>(type: "uuid", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_carts", c => c.user_id));

        migrationBuilder.CreateTable(
            name: "cart_items",
            columns: table => new
            {
                user_id = table.Column<Guid>(type: "uuid", nullable: false),
                product_id = table.Column<Guid>(type: "uuid", nullable: false),
                quantity = table.Column<int>(type: "integer", nullable: false),
                added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_cart_items", i => new { i.user_id, i.product_id });
                table.ForeignKey("fk_cart_items_carts_user_id", i => i.user_id, "carts", "user_id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "orders",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                user_id = table.Column<Guid>(type: "uuid", nullable: false),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                ship_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                ship_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                ship_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                ship_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                ship_region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                ship_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                ship_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_orders", o => o.id));

        migrationBuilder.CreateIndex(name: "ix_orders_user_id_idempotency_key", table: "orders", columns: ["user_id", "idempotency_key"], unique: true);
        migrationBuilder.CreateIndex(name: "ix_orders_user_id_created_at", table: "orders", columns: ["user_id", "created_at"]);
        migrationBuilder.CreateIndex(name: "ix_orders_created_at", table: "orders", column: "created_at");

        migrationBuilder.CreateTable(
            name: "order_items",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                position = table.Column<int>(type: "integer", nullable: false),
                product_id = table.Column<Guid>(type: "uuid", nullable: false),
                quantity = table.Column<int>(type: "integer", nullable: false),
                unit_price = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                line_total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                product_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_order_items", i => i.id);
                table.ForeignKey("fk_order_items_orders_order_id", i => i.order_id, "orders", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ix_order_items_order_id", table: "order_items", column: "order_id");
        migrationBuilder.CreateIndex(name: "ix_order_items_product_id", table: "order_items", column: "product_id");

        migrationBuilder.CreateTable(
            name: "order_status_changes",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                previous_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_order_status_changes", c => c.id);
                table.ForeignKey("fk_order_status_changes_orders_order_id", c => c.order_id, "orders", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ix_order_status_changes_order_id", table: "order_status_changes", column: "order_id");

        migrationBuilder.CreateTable(
            name: "outbox",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                payload = table.Column<string>(type: "jsonb", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                publish_attempts = table.Column<int>(type: "integer", nullable: false),
                notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                notify_attempts = table.Column<int>(type: "integer", nullable: false),
                next_notify_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_outbox", m => m.id));

        migrationBuilder.CreateIndex(name: "ix_outbox_unpublished", table: "outbox", column: "id", filter: "published_at IS NULL");
        migrationBuilder.CreateIndex(name: "ix_outbox_unnotified", table: "outbox", column: "id", filter: "notified_at IS NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("outbox");
        migrationBuilder.DropTable("order_status_changes");
        migrationBuilder.DropTable("order_items");
        migrationBuilder.DropTable("orders");
        migrationBuilder.DropTable("cart_items");
        migrationBuilder.DropTable("carts");
    }
}
