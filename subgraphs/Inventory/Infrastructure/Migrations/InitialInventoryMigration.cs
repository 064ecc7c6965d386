using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ECommerce.Inventory.Infrastructure.Migrations;

/// <summary>Stock per product (with the CHECK constraints that make overselling impossible) and the reservations of orders.</summary>
[DbContext(typeof(InventoryContext))]
[Migration("20261203070000_InitialInventory")]
public sealed class InitialInventoryMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "stock_items",
            columns: table => new
            {
                product_id = table.Column<Guid>(type: "uuid", nullable: false),
                on_hand = table.Column<int>(type: "integer", nullable: false),
                reserved = table.Column<int>(type: "integer", nullable: false),
                low_stock_threshold = table.Column<int>(type: "integer", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_stock_items", s => s.product_id);
                table.CheckConstraint("ck_stock_items_on_hand", "on_hand >= 0");
                table.CheckConstraint("ck_stock_items_reserved", "reserved >= 0 AND reserved <= on_hand");
                table.CheckConstraint("ck_stock_items_low_stock_threshold", "low_stock_threshold >= 0");
            });

        migrationBuilder.CreateTable(
            name: "reservations",
            columns: table => new
            {
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_reservations", r => r.order_id);
                table.CheckConstraint("ck_reservations_status", "status IN ('RESERVED', 'COMMITTED', 'RELEASED')");
            });

        migrationBuilder.CreateTable(
            name: "reservation_lines",
            columns: table => new
            {
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                product_id = table.Column<Guid>(type: "uuid", nullable: false),
                quantity = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_reservation_lines", l => new { l.order_id, l.product_id });
                table.ForeignKey("fk_reservation_lines_reservations_order_id", l => l.order_id, "reservations", "order_id", onDelete: ReferentialAction.Cascade);
                table.CheckConstraint("ck_reservation_lines_quantity", "quantity > 0");
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("reservation_lines");
        migrationBuilder.DropTable("reservations");
        migrationBuilder.DropTable("stock_items");
    }
}
