using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ECommerce.Payments.Infrastructure.Migrations;

/// <summary>Each payment records the customer who owns its order (null for the payments made before).</summary>
[DbContext(typeof(PaymentsContext))]
[Migration("20261203130000_PaymentOwner")]
public sealed class PaymentOwnerMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<Guid>(name: "user_id", table: "payments", type: "uuid", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "user_id", table: "payments");
    }
}
