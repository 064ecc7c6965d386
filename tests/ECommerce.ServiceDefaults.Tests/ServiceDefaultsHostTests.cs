using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Database;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ECommerce.ServiceDefaults.Tests;

public sealed class ServiceDefaultsHostTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Bearer_token_authenticates_and_roles_authorize()
    {
        await using var host = await ServiceHost.StartAsync(postgres.Server.ConnectionString, "notes_auth");

        var anonymous = await host.Client.GetAsync(new Uri("/whoami", UriKind.Relative));
        var customer = await SendAsync(host, "/whoami", host.Token("7", Roles.Customer));
        var customerOnAdmin = await SendAsync(host, "/admin", host.Token("7", Roles.Customer));
        var admin = await SendAsync(host, "/admin", host.Token("1", Roles.Admin));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("7", await customer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, customerOnAdmin.StatusCode);
        Assert.Equal("welcome", await admin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invalid_token_gets_401_with_the_reason_in_the_challenge()
    {
        await using var host = await ServiceHost.StartAsync(postgres.Server.ConnectionString, "notes_badtoken");

        var response = await SendAsync(host, "/whoami", host.Token("7", Roles.Customer) + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_creates_the_database_applies_migrations_and_seeds_once()
    {
        var database = "notes_" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await ServiceHost.StartAsync(postgres.Server.ConnectionString, database);

        await host.Services.MigrateDatabaseAsync<NoteContext>(SeedAsync);
        await host.Services.MigrateDatabaseAsync<NoteContext>(SeedAsync);

        await using var connection = new NpgsqlConnection(postgres.Server.ConnectionStringFor(database));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM notes", connection);
        await using var history = new NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" """, connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
        Assert.Equal("20261122000000_InitialNotes", await history.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Health_live_is_up_and_ready_reports_the_database()
    {
        var database = "notes_" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await ServiceHost.StartAsync(postgres.Server.ConnectionString, database);
        await host.Services.MigrateDatabaseAsync<NoteContext>();

        var live = await host.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_is_503_while_the_database_server_is_unreachable_but_live_stays_up()
    {
        var closedPort = FreeTcpPort.Next();
        await using var host = await ServiceHost.StartAsync($"Host=127.0.0.1;Port={closedPort};Username=postgres;Password=x;Timeout=2", "notes_down");

        var live = await host.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public void Connection_string_names_the_service_database_on_the_configured_server()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ECOMMERCE_POSTGRES"] = "Host=db;Port=5432;Username=shop;Password=secret" })
            .Build();

        var connectionString = new NpgsqlConnectionStringBuilder(ServiceDatabase.ConnectionString(configuration, "orders"));

        Assert.Equal(("db", 5432, "shop", "orders"), (connectionString.Host, connectionString.Port, connectionString.Username, connectionString.Database));
    }

    private static async Task SeedAsync(NoteContext context, CancellationToken cancellationToken)
    {
        if (!await context.Notes.AnyAsync(cancellationToken))
        {
            context.Notes.Add(new Note { Text = "first" });
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(ServiceHost host, string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return host.Client.SendAsync(request);
    }
}
