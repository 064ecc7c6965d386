using ECommerce.Payments.Infrastructure;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ECommerce.Payments.Tests;

public sealed class DatabaseTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        var (fromModel, fromMigrations) = await MigratedSchema.DescribeBothAsync(postgres, "payments", connectionString => NewContext(connectionString));

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Fact]
    public async Task Idempotency_keys_are_unique_in_the_database()
    {
        var connectionString = await postgres.CreateDatabaseAsync("payments_unique");
        await using (var context = NewContext(connectionString))
        {
            await context.Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        const string Insert = """
            INSERT INTO payments (id, order_id, amount, currency, status, provider, payment_method, amount_refunded, idempotency_key, created_at, updated_at)
            VALUES (gen_random_uuid(), gen_random_uuid(), 1, 'EUR', 'SUCCEEDED', 'test', 'pm_card_visa', 0, 'same-key', now(), now())
            """;
        await using (var first = new NpgsqlCommand(Insert, connection))
        {
            await first.ExecuteNonQueryAsync();
        }

        await using var second = new NpgsqlCommand(Insert, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => second.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    private static PaymentsContext NewContext(string connectionString)
        => new(new DbContextOptionsBuilder<PaymentsContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
}
