using System.Net;
using ECommerce.ServiceDefaults;

namespace ECommerce.Inventory.Tests;

[Collection(InventoryAppCollection.Name)]
public sealed class StartupTests(InventoryServerFixture fixture)
{
    [Fact]
    public async Task A_short_jwt_key_stops_the_start_before_the_database_is_awaited()
    {
        await using var app = InventoryHost.Build(server: null, "inventory_badjwt", builder => builder.Configuration["Jwt:SigningKey"] = "too short");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => InventoryApp.InitializeAsync(app)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("Jwt:SigningKey", StartupFailure.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        var live = await fixture.Host.Http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await fixture.Host.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
