using System.Globalization;
using ECommerce.Testing;
using Npgsql;
using StackExchange.Redis;

namespace ECommerce.Testing.Tests;

/// <summary>./run.sh with ECOMMERCE_POSTGRES and ECOMMERCE_REDIS set: it uses those servers as they are.</summary>
[Collection(ServersCollection.Name)]
public sealed class RunScriptConfiguredServersTests(PostgresFixture postgres, RedisFixture redis) : IDisposable
{
    private readonly string dataRoot = CreateDataRoot();

    public void Dispose() => Directory.Delete(dataRoot, recursive: true);

    [Fact]
    public async Task Configured_servers_are_used_and_left_running_after_the_stop()
    {
        var settings = Settings();
        settings["ECOMMERCE_POSTGRES"] = postgres.Server.ConnectionString;
        settings["ECOMMERCE_REDIS"] = redis.Server.Configuration;

        await using (var script = RunScript.Start(settings))
        {
            await script.WaitUntilReadyAsync();
            await script.SignalAsync("INT");
            Assert.Equal(0, await script.WaitForExitAsync(RunScript.StopTimeout));
            Assert.Contains("PostgreSQL: using ECOMMERCE_POSTGRES", script.AllOutput, StringComparison.Ordinal);
            Assert.Contains("Redis: using ECOMMERCE_REDIS", script.AllOutput, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(Path.Combine(dataRoot, "data", "postgres")));
        await using var connection = new NpgsqlConnection(postgres.Server.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        using var multiplexer = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);
        var key = $"still-running:{Guid.NewGuid():N}";
        await multiplexer.GetDatabase().StringSetAsync(key, "yes");
        Assert.Equal("yes", (string?)await multiplexer.GetDatabase().StringGetAsync(key));
    }

    [Fact]
    public async Task A_wrong_password_for_the_configured_server_gives_one_clear_message()
    {
        // run.sh's own PostgreSQL checks passwords (scram-sha-256); the fixture's server trusts loopback.
        var providerSettings = Settings();
        await using var provider = RunScript.Start(providerSettings);
        await provider.WaitUntilReadyAsync();
        var settings = Settings("second");
        settings["ECOMMERCE_POSTGRES"] = $"Host=127.0.0.1;Port={providerSettings["ECOMMERCE_POSTGRES_PORT"]};Username=postgres;Password=wrong";
        settings["ECOMMERCE_REDIS"] = $"127.0.0.1:{providerSettings["ECOMMERCE_REDIS_PORT"]}";

        await using var script = RunScript.Start(settings);
        var exitCode = await script.WaitForExitAsync(RunScript.StopTimeout);

        Assert.NotEqual(0, exitCode);
        var error = Assert.Single(script.ErrorLines);
        Assert.StartsWith("run.sh: error: cannot connect to the PostgreSQL server in ECOMMERCE_POSTGRES", error, StringComparison.Ordinal);
        Assert.Contains("password authentication failed", error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Settings(string dataFolder = "data") => new()
    {
        ["ECOMMERCE_DATA_DIR"] = Path.Combine(dataRoot, dataFolder),
        ["ECOMMERCE_POSTGRES_PORT"] = FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture),
        ["ECOMMERCE_REDIS_PORT"] = FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture),
        ["ECOMMERCE_SKIP_BUILD"] = "1",
        ["ECOMMERCE_NO_INSTALL"] = "1",
        ["ECOMMERCE_SERVICES"] = "none",
    };

    private static string CreateDataRoot()
    {
        var path = Directory.CreateTempSubdirectory("ecommerce-run-").FullName;
        // PostgreSQL runs as the postgres OS user when the tests run as root; it must be able to enter the folder.
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        return path;
    }
}
