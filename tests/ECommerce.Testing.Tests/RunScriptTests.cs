using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ECommerce.Testing;
using Npgsql;
using StackExchange.Redis;

namespace ECommerce.Testing.Tests;

/// <summary>./run.sh for real: its own PostgreSQL and Redis on free ports with a temp data folder, stopped with
/// SIGINT, and its one-line answers to bad settings. It does not build (ECOMMERCE_SKIP_BUILD=1: test.sh has built
/// already), installs nothing (ECOMMERCE_NO_INSTALL=1) and starts no service (ECOMMERCE_SERVICES=none).</summary>
public sealed class RunScriptTests : IDisposable
{
    private static readonly TimeSpan FailTimeout = TimeSpan.FromSeconds(60);
    private readonly string dataRoot;

    public RunScriptTests()
    {
        dataRoot = Directory.CreateTempSubdirectory("ecommerce-run-").FullName;
        // PostgreSQL runs as the postgres OS user when the tests run as root; it must be able to enter the folder.
        File.SetUnixFileMode(dataRoot, (UnixFileMode)0b111_101_101);
    }

    public void Dispose() => Directory.Delete(dataRoot, recursive: true);

    [Fact]
    public async Task Data_written_before_SIGINT_is_there_after_the_next_start_and_nothing_keeps_running()
    {
        var settings = Settings();
        var postgresPort = int.Parse(settings["ECOMMERCE_POSTGRES_PORT"], CultureInfo.InvariantCulture);
        var redisPort = int.Parse(settings["ECOMMERCE_REDIS_PORT"], CultureInfo.InvariantCulture);
        var connectionString = $"Host=127.0.0.1;Port={postgresPort};Username=postgres;Password=postgres;Database=postgres;Pooling=false";

        await using (var first = RunScript.Start(settings))
        {
            await first.WaitUntilReadyAsync();
            await ExecuteAsync(connectionString, "CREATE TABLE orders (id int PRIMARY KEY, status text); INSERT INTO orders VALUES (1, 'PAID');");
            using (var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redisPort}"))
            {
                await redis.GetDatabase().StringSetAsync("order:1", "PAID");
            }

            await first.SignalAsync("INT");

            Assert.Equal(0, await first.WaitForExitAsync(RunScript.StopTimeout));
            Assert.Contains("run.sh: stopped", first.AllOutput, StringComparison.Ordinal);
        }

        Assert.False(FreeTcpPort.IsListening(postgresPort));
        Assert.False(FreeTcpPort.IsListening(redisPort));
        Assert.False(File.Exists(Path.Combine(dataRoot, "data", "postgres", "postmaster.pid")));

        await using var second = RunScript.Start(settings);
        await second.WaitUntilReadyAsync();
        Assert.Equal("PAID", await ScalarAsync(connectionString, "SELECT status FROM orders WHERE id = 1"));
        using (var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redisPort}"))
        {
            Assert.Equal("PAID", (string?)await redis.GetDatabase().StringGetAsync("order:1"));
        }

        await second.SignalAsync("TERM");
        Assert.Equal(0, await second.WaitForExitAsync(RunScript.StopTimeout));
        Assert.False(FreeTcpPort.IsListening(postgresPort));
        Assert.False(FreeTcpPort.IsListening(redisPort));
    }

    [Fact]
    public async Task Without_services_it_says_so_and_prints_where_they_will_be()
    {
        await using var script = RunScript.Start(Settings());

        await script.WaitUntilReadyAsync();

        Assert.Contains("no services yet", script.AllOutput, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:5000/graphql", script.AllOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ECOMMERCE_POSTGRES_PORT")]
    [InlineData("ECOMMERCE_REDIS_PORT")]
    public async Task A_port_taken_by_another_program_gives_one_clear_message(string portSetting)
    {
        using var occupier = new TcpListener(IPAddress.Loopback, 0);
        occupier.Start();
        var port = ((IPEndPoint)occupier.LocalEndpoint).Port;
        var settings = Settings();
        settings[portSetting] = port.ToString(CultureInfo.InvariantCulture);

        var error = await FailingRunAsync(settings);

        Assert.Contains($"port {port} on 127.0.0.1 is already in use by another program", error, StringComparison.Ordinal);
        Assert.Contains(portSetting, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port={port};Username=shop;Password=wrong", "cannot connect to the PostgreSQL server in ECOMMERCE_POSTGRES")]
    [InlineData("postgres://somewhere", "ECOMMERCE_POSTGRES is not an Npgsql connection string")]
    public async Task A_wrong_postgres_connection_string_gives_one_clear_message(string connectionString, string expected)
    {
        var settings = Settings();
        settings["ECOMMERCE_POSTGRES"] = connectionString.Replace("{port}", FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var error = await FailingRunAsync(settings);

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_configured_redis_gives_one_clear_message()
    {
        var settings = Settings();
        var port = FreeTcpPort.Next();
        settings["ECOMMERCE_REDIS"] = $"127.0.0.1:{port}";

        var error = await FailingRunAsync(settings);

        Assert.Contains($"cannot connect to the Redis server in ECOMMERCE_REDIS (127.0.0.1:{port})", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_redis_server_program_that_may_not_be_installed_gives_one_clear_message()
    {
        var settings = Settings();
        settings["ECOMMERCE_REDIS_SERVER"] = "/nonexistent/redis-server";

        var error = await FailingRunAsync(settings);

        Assert.Contains("redis-server not found at ECOMMERCE_REDIS_SERVER=/nonexistent/redis-server", error, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y redis-server", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redis_server_missing_from_PATH_with_installing_forbidden_says_what_to_install()
    {
        var settings = Settings();
        settings["PATH"] = PathWithout("redis-server");

        var error = await FailingRunAsync(settings);

        Assert.Contains("redis-server not found; ECOMMERCE_NO_INSTALL=1 forbids installing it here", error, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y redis-server", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_that_is_not_a_port_number_gives_one_clear_message()
    {
        var settings = Settings();
        settings["ECOMMERCE_GATEWAY_PORT"] = "gateway";

        var error = await FailingRunAsync(settings);

        Assert.Contains("ECOMMERCE_GATEWAY_PORT=gateway is not a TCP port number", error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["ECOMMERCE_DATA_DIR"] = Path.Combine(dataRoot, "data"),
        ["ECOMMERCE_POSTGRES_PORT"] = FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture),
        ["ECOMMERCE_REDIS_PORT"] = FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture),
        ["ECOMMERCE_SKIP_BUILD"] = "1",
        ["ECOMMERCE_NO_INSTALL"] = "1",
        ["ECOMMERCE_SERVICES"] = "none",
    };

    /// <summary>Runs run.sh expecting it to refuse: a non-zero exit and exactly one line on stderr, which is returned.</summary>
    private static async Task<string> FailingRunAsync(IReadOnlyDictionary<string, string> settings)
    {
        await using var script = RunScript.Start(settings);
        var exitCode = await script.WaitForExitAsync(FailTimeout);

        Assert.NotEqual(0, exitCode);
        var error = Assert.Single(script.ErrorLines);
        Assert.StartsWith("run.sh: error: ", error, StringComparison.Ordinal);
        return error;
    }

    /// <summary>A PATH of links to every program on the current PATH except <paramref name="program"/>.</summary>
    private string PathWithout(string program)
    {
        var bin = Directory.CreateDirectory(Path.Combine(dataRoot, "bin")).FullName;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        foreach (var directory in path.Split(':', StringSplitOptions.RemoveEmptyEntries).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(directory))
            {
                var link = Path.Combine(bin, Path.GetFileName(file));
                if (Path.GetFileName(file) != program && !File.Exists(link))
                {
                    File.CreateSymbolicLink(link, file);
                }
            }
        }

        return bin;
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
        return await command.ExecuteScalarAsync();
    }
}
