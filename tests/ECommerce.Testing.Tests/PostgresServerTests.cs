using ECommerce.Testing;
using Npgsql;

namespace ECommerce.Testing.Tests;

[Collection(ServersCollection.Name)]
public sealed class PostgresServerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_table_created_in_one_fresh_database_is_not_visible_in_another()
    {
        var first = await postgres.CreateDatabaseAsync();
        var second = await postgres.CreateDatabaseAsync();

        await ExecuteAsync(first, "CREATE TABLE items (id int PRIMARY KEY); INSERT INTO items VALUES (1);");

        Assert.Equal(1L, await ScalarAsync(first, "SELECT count(*) FROM items"));
        Assert.Null(await ScalarAsync(second, "SELECT to_regclass('items')::text"));
    }

    [Fact]
    public async Task Each_fresh_database_has_its_own_name_and_no_tables()
    {
        var connectionStrings = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => postgres.CreateDatabaseAsync("orders")));

        var names = connectionStrings.Select(c => new NpgsqlConnectionStringBuilder(c).Database).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, name => Assert.StartsWith("orders_", name, StringComparison.Ordinal));
        foreach (var connectionString in connectionStrings)
        {
            Assert.Equal(0L, await ScalarAsync(connectionString, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        }
    }

    [Fact]
    public async Task The_server_listens_only_on_loopback_and_is_version_15_or_newer()
    {
        var connectionString = postgres.Server.ConnectionString;

        Assert.Equal("127.0.0.1", await ScalarAsync(connectionString, "SHOW listen_addresses"));
        Assert.True(int.Parse((string)(await ScalarAsync(connectionString, "SHOW server_version_num"))!, System.Globalization.CultureInfo.InvariantCulture) >= 150000);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }
}
