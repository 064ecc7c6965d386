using ECommerce.Payments.Infrastructure;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ECommerce.Payments.Tests;

public sealed class DatabaseTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly string[] SchemaQueries =
    [
        """
        SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, 0), coalesce(numeric_precision, 0), coalesce(numeric_scale, 0)
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' ORDER BY table_name, column_name
        """,
        """
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory' ORDER BY tablename, indexname
        """,
        """
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"' ORDER BY 1, 2
        """,
    ];

    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        var migrated = await postgres.CreateDatabaseAsync("payments_migrated");
        var created = await postgres.CreateDatabaseAsync("payments_created");
        await using (var context = NewContext(migrated))
        {
            await context.Database.MigrateAsync();
        }

        await using (var context = NewContext(created))
        {
            await context.Database.EnsureCreatedAsync();
        }

        foreach (var query in SchemaQueries)
        {
            var expected = await RowsAsync(created, query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await RowsAsync(migrated, query));
        }
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
