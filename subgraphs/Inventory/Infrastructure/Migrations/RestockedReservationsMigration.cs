using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ECommerce.Inventory.Infrastructure.Migrations;

/// <summary>A committed reservation can be RESTOCKED (its paid order was cancelled or refunded before shipping).</summary>
[DbContext(typeof(InventoryContext))]
[Migration("20261203130000_RestockedReservations")]
public sealed class RestockedReservationsMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropCheckConstraint(name: "ck_reservations_status", table: "reservations");
        migrationBuilder.AddCheckConstraint(name: "ck_reservations_status", table: "reservations", sql: "status IN ('RESERVED', 'COMMITTED', 'RELEASED', 'RESTOCKED')");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropCheckConstraint(name: "ck_reservations_status", table: "reservations");
        migrationBuilder.AddCheckConstraint(name: "ck_reservations_status", table: "reservations", sql: "status IN ('RESERVED', 'COMMITTED', 'RELEASED')");
    }
}
