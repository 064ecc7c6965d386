using System.Net;
using ECommerce.ServiceDefaults;

namespace ECommerce.Products.Tests;

[Collection(ProductsAppCollection.Name)]
public sealed class StartupTests(ProductsServerFixture fixture)
{
    [Fact]
    public async Task A_short_jwt_key_stops_the_start_before_the_database_is_awaited()
    {
        await using var app = ProductsHost.Build(server: null, "products_badjwt", builder => builder.Configuration["Jwt:SigningKey"] = "too short");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ProductsApp.InitializeAsync(app)).WaitAsync(TimeSpan.FromSeconds(30));

        var line = StartupFailure.Describe(error);
        Assert.Contains("Jwt:SigningKey", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
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
