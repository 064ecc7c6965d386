using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

namespace ECommerce.Products.Infrastructure.Migrations;

/// <summary>Categories and products, with a generated full-text search column and its GIN index.</summary>
[DbContext(typeof(ProductsContext))]
[Migration("20261203080000_InitialProducts")]
public sealed class InitialProductsMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "categories",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_categories", c => c.id));

        migrationBuilder.CreateIndex(name: "ix_categories_slug", table: "categories", column: "slug", unique: true);

        migrationBuilder.CreateTable(
            name: "products",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                sku = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                price = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                category_id = table.Column<Guid>(type: "uuid", nullable: false),
                image_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false, computedColumnSql: "setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', description), 'B')", stored: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_products", p => p.id);
                table.ForeignKey("fk_products_categories_category_id", p => p.category_id, "categories", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "ix_products_sku", table: "products", column: "sku", unique: true);
        migrationBuilder.CreateIndex(name: "ix_products_category_id", table: "products", column: "category_id");
        migrationBuilder.CreateIndex(name: "ix_products_search_vector", table: "products", column: "search_vector")
            .Annotation("Npgsql:IndexMethod", "gin");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("products");
        migrationBuilder.DropTable("categories");
    }
}
