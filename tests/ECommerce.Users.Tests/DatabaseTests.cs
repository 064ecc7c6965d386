using ECommerce.Testing;
using ECommerce.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ECommerce.Users.Tests;

public sealed class DatabaseTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        var (fromModel, fromMigrations) = await MigratedSchema.DescribeBothAsync(postgres, "users", connectionString => NewContext(connectionString));

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Fact]
    public async Task Seed_runs_on_every_start_without_duplicating_or_changing_accounts()
    {
        var database = "users_seed_" + Guid.NewGuid().ToString("N")[..8];
        await using (var first = UsersHost.Build(postgres.Server, database))
        {
            await UsersApp.InitializeAsync(first);
        }

        var before = await DatabaseRows.ReadAsync(postgres.Server.ConnectionStringFor(database), "SELECT id::text, encode(name_encrypted, 'hex'), password_hash FROM users ORDER BY id");
        await using (var second = UsersHost.Build(postgres.Server, database))
        {
            await UsersApp.InitializeAsync(second);
            await UsersApp.InitializeAsync(second);
        }

        var after = await DatabaseRows.ReadAsync(postgres.Server.ConnectionStringFor(database), "SELECT id::text, encode(name_encrypted, 'hex'), password_hash FROM users ORDER BY id");
        var addresses = await DatabaseRows.ReadAsync(postgres.Server.ConnectionStringFor(database), "SELECT count(*) FROM addresses");
        var migrations = await DatabaseRows.ReadAsync(postgres.Server.ConnectionStringFor(database), "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"");
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
}
