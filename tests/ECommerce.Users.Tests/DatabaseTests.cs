using ECommerce.Testing;
using ECommerce.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ECommerce.Users.Tests;

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
        var migrated = await postgres.CreateDatabaseAsync("users_migrated");
        var created = await postgres.CreateDatabaseAsync("users_created");
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
    public async Task Seed_runs_on_every_start_without_duplicating_or_changing_accounts()
    {
        var database = "users_seed_" + Guid.NewGuid().ToString("N")[..8];
        await using (var first = UsersHost.Build(postgres.Server, database))
        {
            await UsersApp.InitializeAsync(first);
        }

        var before = await RowsAsync(postgres.Server.ConnectionStringFor(database), "SELECT id::text, encode(name_encrypted, 'hex'), password_hash FROM users ORDER BY id");
        await using (var second = UsersHost.Build(postgres.Server, database))
        {
            await UsersApp.InitializeAsync(second);
            await UsersApp.InitializeAsync(second);
        }

        var after = await RowsAsync(postgres.Server.ConnectionStringFor(database), "SELECT id::text, encode(name_encrypted, 'hex'), password_hash FROM users ORDER BY id");
        var addresses = await RowsAsync(postgres.Server.ConnectionStringFor(database), "SELECT count(*) FROM addresses");
        var migrations = await RowsAsync(postgres.Server.ConnectionStringFor(database), "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"");
        Assert.Equal(UsersSeed.Accounts.Count, before.Count);
        Assert.Equal(before, after);
        Assert.Equal("2", Assert.Single(addresses));
        Assert.Equal("20261122070000_InitialUsers", Assert.Single(migrations));
    }

    [Fact]
    public async Task Email_lookup_is_unique_in_the_database()
    {
        var connectionString = await postgres.CreateDatabaseAsync("users_unique");
        await using (var context = NewContext(connectionString))
        {
            await context.Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        const string Insert = """
            INSERT INTO users (id, email_lookup, email_encrypted, name_encrypted, password_hash, role, created_at, updated_at)
            VALUES (gen_random_uuid(), '\x01', '\x01', '\x01', 'x', 'CUSTOMER', now(), now())
            """;
        await using (var first = new NpgsqlCommand(Insert, connection))
        {
            await first.ExecuteNonQueryAsync();
        }

        await using var second = new NpgsqlCommand(Insert, connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => second.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    private static UsersContext NewContext(string connectionString)
        => new(new DbContextOptionsBuilder<UsersContext>()
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
