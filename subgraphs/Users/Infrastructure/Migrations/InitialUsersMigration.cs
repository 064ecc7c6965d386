using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ECommerce.Users.Infrastructure.Migrations;

/// <summary>Accounts (personal data only encrypted, email found through a keyed hash) and their addresses.</summary>
[DbContext(typeof(UsersContext))]
[Migration("20261122070000_InitialUsers")]
public sealed class InitialUsersMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                email_lookup = table.Column<byte[]>(type: "bytea", nullable: false),
                email_encrypted = table.Column<byte[]>(type: "bytea", nullable: false),
                name_encrypted = table.Column<byte[]>(type: "bytea", nullable: false),
                phone_encrypted = table.Column<byte[]>(type: "bytea", nullable: true),
                password_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_users", u => u.id));

        migrationBuilder.CreateIndex(name: "ix_users_email_lookup", table: "users", column: "email_lookup", unique: true);

        migrationBuilder.CreateTable(
            name: "addresses",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                user_id = table.Column<Guid>(type: "uuid", nullable: false),
                data_encrypted = table.Column<byte[]>(type: "bytea", nullable: false),
                is_default = table.Column<bool>(type: "boolean", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_addresses", a => a.id);
                table.ForeignKey("fk_addresses_users_user_id", a => a.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "ix_addresses_user_id", table: "addresses", column: "user_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("addresses");
        migrationBuilder.DropTable("users");
    }
}
