using System.Globalization;
using Npgsql;

namespace ECommerce.Testing;

/// <summary>A throwaway PostgreSQL server on a free loopback port, in a temp folder that
/// <see cref="DisposeAsync"/> deletes after stopping the server.</summary>
/// <example><code>
/// await using var server = await PostgresServer.StartAsync();
/// var connectionString = await server.CreateDatabaseAsync();   // a fresh, empty database
/// </code></example>
public sealed class PostgresServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(90);
    private static int databaseCounter;

    private readonly TemporaryDirectory root;
    private readonly string binDirectory;
    private int disposed;

    private PostgresServer(TemporaryDirectory root, string binDirectory, int port)
    {
        this.root = root;
        this.binDirectory = binDirectory;
        Port = port;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    public string Username => "postgres";

    /// <summary>The server's data folder (under the temp folder).</summary>
    public string DataDirectory => Path.Combine(root.Path, "data");

    /// <summary>Connects to the server's maintenance database, "postgres".</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var binDirectory = ServerBinaries.PostgresBinDirectory();
        var root = TemporaryDirectory.Create("ecommerce-postgres");
        try
        {
            await OperatingSystemUser.HandDirectoryToPostgresAsync(root.Path, cancellationToken).ConfigureAwait(false);
            await InitializeAsync(binDirectory, root, cancellationToken).ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                var server = new PostgresServer(root, binDirectory, FreeTcpPort.Next());
                var started = await server.TryStartAsync(cancellationToken).ConfigureAwait(false);
                if (started.Succeeded)
                {
                    LeftoverGuard.Register(server);
                    await server.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
                    return server;
                }

                // Another process may have taken the free port between choosing and binding it.
                if (attempt == StartAttempts)
                {
                    throw new TestServerException($"PostgreSQL did not start: {started.LastLine} (log: {server.LogFile})");
                }
            }
        }
        catch
        {
            root.Delete();
            throw;
        }
    }

    /// <summary>Creates a new, empty, uniquely named database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string? namePrefix = null, CancellationToken cancellationToken = default)
    {
        var name = UniqueDatabaseName(namePrefix ?? "test");
        var connection = new NpgsqlConnection(ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return ConnectionStringFor(name);
    }

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = Username,
        Database = database,
    }.ConnectionString;

    /// <summary>Stops the server (whatever the tests did) and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        LeftoverGuard.Unregister(this);
        NpgsqlConnection.ClearAllPools();
        var stop = await RunToolAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "60"], CancellationToken.None).ConfigureAwait(false);
        if (!stop.Succeeded && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            throw new TestServerException($"pg_ctl stop failed: {stop.LastLine}");
        }

        root.Delete();
    }

    private string LogFile => Path.Combine(root.Path, "postgres.log");

    private static async Task InitializeAsync(string binDirectory, TemporaryDirectory root, CancellationToken cancellationToken)
    {
        var (fileName, arguments) = OperatingSystemUser.AsPostgresOwner(
            Path.Combine(binDirectory, "initdb"),
            ["-D", Path.Combine(root.Path, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        var result = await ExternalProcess.RunAsync(fileName, arguments, ToolTimeout, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new TestServerException($"initdb failed: {result.LastLine}");
        }
    }

    private Task<ProcessResult> TryStartAsync(CancellationToken cancellationToken)
    {
        // Durability is not needed for a throwaway server; skipping fsync keeps the tests fast.
        var options = string.Join(' ',
            $"-c listen_addresses={Host}",
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
            "-c unix_socket_directories=''",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=300");
        return RunToolAsync("pg_ctl", ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options], cancellationToken);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Poll.UntilAsync(() => CanConnectAsync(cancellationToken), TimeSpan.FromSeconds(30), $"PostgreSQL on port {Port}", cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = new NpgsqlConnection(ConnectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private Task<ProcessResult> RunToolAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var (fileName, fullArguments) = OperatingSystemUser.AsPostgresOwner(Path.Combine(binDirectory, tool), arguments);
        return ExternalProcess.RunAsync(fileName, fullArguments, ToolTimeout, cancellationToken);
    }

    private static string UniqueDatabaseName(string prefix)
    {
        var safePrefix = new string(prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(24).ToArray());
        var number = Interlocked.Increment(ref databaseCounter);
        // At most 24 + 1 + 10 + 1 + 12 characters: within PostgreSQL's 63-character limit.
        return $"{(safePrefix.Length == 0 ? "test" : safePrefix)}_{number}_{Guid.NewGuid().ToString("N")[..12]}";
    }
}
