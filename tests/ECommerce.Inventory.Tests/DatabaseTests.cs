using ECommerce.Inventory.Infrastructure;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ECommerce.Inventory.Tests;

public sealed class DatabaseTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string ColumnsQuery = """
        SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, 0), coalesce(column_default, '')
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
        ORDER BY table_name, column_name
        """;

    private const string IndexesQuery = """
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
        ORDER BY tablename, indexname
        """;

    private const string ConstraintsQuery = """
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
        ORDER BY 1, 2
        """;

    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        var migrated = await postgres.CreateDatabaseAsync("inventory_migrated");
        var created = await postgres.CreateDatabaseAsync("inventory_created");
        await using (var context = NewContext(migrated))
        {
            await context.Database.MigrateAsync();
        }

        await using (var context = NewContext(created))
        {
            await context.Database.EnsureCreatedAsync();
        }

        foreach (var query in new[] { ColumnsQuery, IndexesQuery, ConstraintsQuery })
        {
            var expected = await RowsAsync(created, query);
            var actual = await RowsAsync(migrated, query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task Seed_stocks_every_catalog_product_once_and_keeps_changed_stock_on_the_next_start()
    {
        var database = "inventory_seed_" + Guid.NewGuid().ToString("N")[..8];
        var connectionString = postgres.Server.ConnectionStringFor(database);
        await using (var first = InventoryHost.Build(postgres.Server, database))
        {
            await InventoryApp.InitializeAsync(first);
        }

        var seeded = await RowsAsync(connectionString, "SELECT product_id::text, on_hand, reserved, low_stock_threshold FROM stock_items ORDER BY product_id");
        await RowsAsync(connectionString, $"UPDATE stock_items SET on_hand = 999 WHERE product_id = '{SeedCatalog.ProductId(1)}'");
        await using (var second = InventoryHost.Build(postgres.Server, database))
        {
            await InventoryApp.InitializeAsync(second);
            await InventoryApp.InitializeAsync(second);
        }

        var after = await RowsAsync(connectionString, "SELECT product_id::text, on_hand, reserved, low_stock_threshold FROM stock_items ORDER BY product_id");
        var expected = Enumerable.Range(1, SeedCatalog.ProductCount)
            .Select(n => $"{SeedCatalog.ProductId(n)} | {InventorySeed.OnHand(n)} | 0 | 10")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, seeded);
        Assert.Equal(expected.Select(row => row.StartsWith(SeedCatalog.ProductId(1).ToString(), StringComparison.Ordinal) ? $"{SeedCatalog.ProductId(1)} | 999 | 0 | 10" : row), after);
        Assert.Equal(["20261203070000_InitialInventory", "20261203130000_RestockedReservations"], await RowsAsync(connectionString, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\""));
    }

    [Fact]
    public void Seeded_quantities_include_sold_out_and_low_stock_products()
    {
        var quantities = Enumerable.Range(1, SeedCatalog.ProductCount).Select(InventorySeed.OnHand).ToList();

        Assert.Equal(SeedCatalog.ProductCount / 10, quantities.Count(q => q == 0));
        Assert.Equal(SeedCatalog.ProductCount / 10, quantities.Count(q => q is > 0 and <= 10));
        Assert.All(quantities, q => Assert.InRange(q, 0, 200));
    }

    [Theory]
    [InlineData("UPDATE stock_items SET reserved = on_hand + 1")]
    [InlineData("UPDATE stock_items SET reserved = -1")]
    [InlineData("UPDATE stock_items SET on_hand = -1, reserved = 0")]
    public async Task Check_constraints_refuse_impossible_stock_whatever_the_code_does(string update)
    {
        var connectionString = await postgres.CreateDatabaseAsync("inventory_checks");
        await using (var context = NewContext(connectionString))
        {
            await context.Database.MigrateAsync();
        }

        await RowsAsync(connectionString, $"INSERT INTO stock_items VALUES ('{Guid.NewGuid()}', 5, 2, 10, now())");

        var error = await Assert.ThrowsAsync<PostgresException>(() => RowsAsync(connectionString, update));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal(["5 | 2"], await RowsAsync(connectionString, "SELECT on_hand, reserved FROM stock_items"));
    }

    private static InventoryContext NewContext(string connectionString)
        => new(new DbContextOptionsBuilder<InventoryContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);

    private static async Task<List<string>> RowsAsync(string connectionString, string query)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
