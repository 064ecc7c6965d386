using System.Globalization;
using ECommerce.Products.Infrastructure;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ECommerce.Products.Tests;

public sealed class DatabaseTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string CatalogRows = """
        SELECT md5(string_agg(concat_ws('|', id, sku, name, description, price, currency, category_id, image_url, created_at, search_vector), ',' ORDER BY sku))
        FROM products
        """;

    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        var (fromModel, fromMigrations) = await MigratedSchema.DescribeBothAsync(postgres, "products", connectionString => NewContext(connectionString));

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Fact]
    public async Task Seed_is_the_same_in_every_database_and_runs_again_without_changing_anything()
    {
        var first = "products_seed_" + Guid.NewGuid().ToString("N")[..8];
        var second = "products_seed_" + Guid.NewGuid().ToString("N")[..8];
        var counter = new SqlCommandCounter();
        await InitializeAsync(first, counter);
        await InitializeAsync(second);

        var seeded = await DatabaseRows.ReadAsync(postgres.Server.ConnectionStringFor(first), CatalogRows);
        await ExecuteAsync(first, $"DELETE FROM products WHERE id = '{SeedCatalog.ProductId(7)}'");
        await InitializeAsync(first);
        await InitializeAsync(first);

        Assert.Equal(seeded, await DatabaseRows.ReadAsync(postgres.Server.ConnectionStringFor(second), CatalogRows));
        var counts = await DatabaseRows.ReadAsync(postgres.Server.ConnectionStringFor(first), "SELECT (SELECT count(*) FROM categories) || ' ' || (SELECT count(*) FROM products)");
        Assert.Equal($"{SeedCatalog.CategoryCount} {SeedCatalog.ProductCount - 1}", Assert.Single(counts));
        var migrations = await DatabaseRows.ReadAsync(postgres.Server.ConnectionStringFor(first), "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"");
        Assert.Equal("20261203080000_InitialProducts", Assert.Single(migrations));
        Assert.Single(counter.AllCommands, c => c.Sql.Contains("INSERT INTO products", StringComparison.Ordinal));
        Assert.Single(counter.AllCommands, c => c.Sql.Contains("INSERT INTO categories", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sku_is_unique_in_the_database()
    {
        var database = "products_unique_" + Guid.NewGuid().ToString("N")[..8];
        await InitializeAsync(database);

        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database, $"""
            INSERT INTO products (id, sku, name, description, price, currency, category_id, created_at)
            VALUES (gen_random_uuid(), 'SKU-00001', 'x', '', 1, 'EUR', '{SeedCatalog.CategoryId(1)}', now())
            """));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal(ProductsContext.SkuIndexName, error.ConstraintName);
    }

    private async Task InitializeAsync(string database, SqlCommandCounter? counter = null)
    {
        await using var app = ProductsHost.Build(postgres.Server, database, builder =>
        {
            if (counter is not null)
            {
                builder.Services.ConfigureDbContext<ProductsContext>(options => options.AddInterceptors(counter));
            }
        });
        await ProductsApp.InitializeAsync(app);
    }

    private async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.Server.ConnectionStringFor(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static ProductsContext NewContext(string connectionString)
        => new(new DbContextOptionsBuilder<ProductsContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
}
