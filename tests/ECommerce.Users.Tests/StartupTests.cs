using System.Net;

namespace ECommerce.Users.Tests;

[Collection(UsersAppCollection.Name)]
public sealed class StartupTests(UsersServerFixture fixture)
{
    [Fact]
    public async Task A_bad_pii_key_stops_the_start_with_one_line_naming_the_setting()
    {
        await using var app = UsersHost.Build(fixture.Server, "users_badkey", builder => builder.Configuration["Pii:Key"] = "not a key");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => UsersApp.InitializeAsync(app));
        var line = UsersApp.Describe(error);

        Assert.Contains("Pii:Key", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public async Task A_short_jwt_key_stops_the_start_before_the_database_is_awaited()
    {
        await using var app = UsersHost.Build(server: null, "users_badjwt", builder => builder.Configuration["Jwt:SigningKey"] = "too short");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => UsersApp.InitializeAsync(app)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("Jwt:SigningKey", UsersApp.Describe(error), StringComparison.Ordinal);
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
