using ECommerce.Orders.Infrastructure;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ECommerce.Orders.Tests;

public sealed class DatabaseTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        var (fromModel, fromMigrations) = await MigratedSchema.DescribeBothAsync(postgres, "orders", connectionString => NewContext(connectionString));

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Fact]
    public async Task One_user_cannot_have_two_orders_with_the_same_idempotency_key()
    {
        var connectionString = await postgres.CreateDatabaseAsync("orders_unique");
        await using (var context = NewContext(connectionString))
        {
            await context.Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        const string Insert = """
            INSERT INTO orders (id, user_id, status, total, currency, ship_name, ship_line1, ship_city, ship_postal_code, ship_country, created_at, updated_at, idempotency_key)
            VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000001', 'Pending', 1, 'EUR', 'n', 'l', 'c', 'p', 'DE', now(), now(), 'same-key')
            """;
        await using (var first = new NpgsqlCommand(Insert, connection))
        {
            await first.ExecuteNonQueryAsync();
        }

        await using var second = new NpgsqlCommand(Insert, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => second.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    private static OrdersContext NewContext(string connectionString)
        => new(new DbContextOptionsBuilder<OrdersContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
}
