using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ECommerce.ServiceDefaults.Database;

/// <summary>
/// Where a service's database lives: the PostgreSQL server of <c>ECOMMERCE_POSTGRES</c> (or
/// <c>ConnectionStrings:Postgres</c>), with the service's own database name on it.
/// </summary>
public static class ServiceDatabase
{
    public const string ServerVariable = "ECOMMERCE_POSTGRES";

    /// <summary>Used when nothing is configured: run.sh's own server.</summary>
    public const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    public static string ConnectionString(IConfiguration configuration, string databaseName)
    {
        var server = configuration[ServerVariable] ?? configuration.GetConnectionString("Postgres") ?? DefaultServer;
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(server);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{ServerVariable} is not an Npgsql connection string: {ex.Message}", ex);
        }

        builder.Database = databaseName;
        return builder.ConnectionString;
    }

    /// <summary>Creates the database named in <paramref name="connectionString"/> when the server does not have it.</summary>
    public static async Task EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database ?? throw new InvalidOperationException("The connection string names no database.");
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand("CREATE DATABASE " + quoted, connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance of the service created it at the same moment.
        }
    }
}
