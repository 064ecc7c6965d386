using System.Net;
using System.Text.Json;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Warmup;
using Gql.AspNetCore;
using Gql.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ECommerce.ServiceDefaults.Tests;

public sealed class WarmupTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_service_listens_during_the_warm_up_but_is_ready_and_started_only_after_it()
    {
        var step = new GatedWarmupStep();
        await using var app = Build(builder =>
        {
            builder.AddWarmupStep(step);
        });

        var starting = app.StartAsync();
        await step.Started.Task.WaitAsync(Bound);
        using var client = new HttpClient { BaseAddress = Address(app) };
        var whileWarming = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var whileWarmingBody = await whileWarming.Content.ReadAsStringAsync();
        var startedWhileWarming = starting.IsCompleted;
        step.Gate.SetResult();
        await starting.WaitAsync(Bound);
        var afterwards = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileWarming.StatusCode);
        Assert.Contains("warming up (gated)", whileWarmingBody, StringComparison.Ordinal);
        Assert.False(startedWhileWarming);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.True(app.Services.GetRequiredService<WarmupState>().IsCompleted);
        await app.StopAsync();
    }

    [Fact]
    public async Task GraphQL_operations_go_to_the_service_itself_with_a_token_of_their_roles_and_errors_are_reported_not_fatal()
    {
        await using var app = Build(builder =>
        {
            builder.Services.AddSingleton<WarmupCalls>();
            builder.Services.AddGraphQLServer().AddAuthorization().AddQueryType<WarmupQuery>();
            builder.AddWarmup(
                new WarmupOperation("count", "{ count }", null, []),
                new WarmupOperation("count again", "query Again { count }", new { }, []),
                new WarmupOperation("as admin", "{ adminOnly }", null, [Roles.Admin]),
                new WarmupOperation("as customer", "{ adminOnly }", null, [Roles.Customer]),
                new WarmupOperation("broken", "{ noSuchField }", null, []));
        }, mapGraphQL: true);

        await app.StartAsync().WaitAsync(Bound);
        using var client = new HttpClient { BaseAddress = Address(app) };
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var state = app.Services.GetRequiredService<WarmupState>();

        Assert.Equal(2, app.Services.GetRequiredService<WarmupCalls>().Count);
        var failure = Assert.Single(state.Failures);
        Assert.StartsWith("graphql: answered with errors: as customer ", failure, StringComparison.Ordinal);
        Assert.Contains(", broken ", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("as admin", failure, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("failed: graphql:", report.RootElement.GetProperty("checks").GetProperty("warmup").GetRawText(), StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Warmup_Enabled_false_skips_the_steps()
    {
        var step = new GatedWarmupStep();
        await using var app = Build(builder =>
        {
            builder.Configuration["Warmup:Enabled"] = "false";
            builder.AddWarmupStep(step);
        });

        await app.StartAsync().WaitAsync(Bound);

        Assert.False(step.Started.Task.IsCompleted);
        Assert.True(app.Services.GetRequiredService<WarmupState>().IsCompleted);
        await app.StopAsync();
    }

    private static WebApplication Build(Action<WebApplicationBuilder> configure, bool mapGraphQL = false)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        configure(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        if (mapGraphQL)
        {
            app.MapGraphQL();
        }

        return app;
    }

    private static Uri Address(WebApplication app)
        => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
