using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ECommerce.ServiceDefaults.Tests;

[DbContext(typeof(NoteContext))]
[Migration("20261122000000_InitialNotes")]
public sealed class InitialNotesMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.CreateTable(
            name: "notes",
            columns: table => new
            {
                id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                text = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_notes", n => n.id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("notes");
}
