using ECommerce.Inventory.Infrastructure;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ECommerce.Inventory.Tests;

public sealed class DatabaseTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        var (fromModel, fromMigrations) = await MigratedSchema.DescribeBothAsync(postgres, "inventory", connectionString => NewContext(connectionString));

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
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

        var seeded = await DatabaseRows.ReadAsync(connectionString, "SELECT product_id::text, on_hand, reserved, low_stock_threshold FROM stock_items ORDER BY product_id");
        await DatabaseRows.ReadAsync(connectionString, $"UPDATE stock_items SET on_hand = 999 WHERE product_id = '{SeedCatalog.ProductId(1)}'");
        await using (var second = InventoryHost.Build(postgres.Server, database))
        {
            await InventoryApp.InitializeAsync(second);
            await InventoryApp.InitializeAsync(second);
        }

        var after = await DatabaseRows.ReadAsync(connectionString, "SELECT product_id::text, on_hand, reserved, low_stock_threshold FROM stock_items ORDER BY product_id");
        var expected = Enumerable.Range(1, SeedCatalog.ProductCount)
            .Select(n => $"{SeedCatalog.ProductId(n)} | {InventorySeed.OnHand(n)} | 0 | 10")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, seeded);
        Assert.Equal(expected.Select(row => row.StartsWith(SeedCatalog.ProductId(1).ToString(), StringComparison.Ordinal) ? $"{SeedCatalog.ProductId(1)} | 999 | 0 | 10" : row), after);
        Assert.Equal(["20261203070000_InitialInventory", "20261203130000_RestockedReservations"], await DatabaseRows.ReadAsync(connectionString, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\""));
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

        await DatabaseRows.ReadAsync(connectionString, $"INSERT INTO stock_items VALUES ('{Guid.NewGuid()}', 5, 2, 10, now())");

        var error = await Assert.ThrowsAsync<PostgresException>(() => DatabaseRows.ReadAsync(connectionString, update));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal(["5 | 2"], await DatabaseRows.ReadAsync(connectionString, "SELECT on_hand, reserved FROM stock_items"));
    }

    private static InventoryContext NewContext(string connectionString)
        => new(new DbContextOptionsBuilder<InventoryContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
}
