using ECommerce.Orders.Infrastructure;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ECommerce.Orders.Tests;

public sealed class DatabaseTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly string[] SchemaQueries =
    [
        """
        SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, 0), coalesce(numeric_precision, 0), coalesce(numeric_scale, 0), coalesce(column_default, ''), is_identity
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' ORDER BY table_name, column_name
        """,
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory' ORDER BY tablename, indexname",
        """
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"' ORDER BY 1, 2
        """,
    ];

    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        var migrated = await postgres.CreateDatabaseAsync("orders_migrated");
        var created = await postgres.CreateDatabaseAsync("orders_created");
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
