using Gql.AspNetCore.Authorization;
using Gql.Types.Resolvers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.AspNetCore.Tests.Authorization;

/// <summary>Kestrel on a free loopback port with the test authentication scheme and a secured schema.</summary>
public sealed class AuthorizationServerFixture : IAsyncLifetime
{
    public const string AdultPolicy = "Adult";
    public const string SelfPolicy = "Self";

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public Uri WebSocketUri => new(Client.BaseAddress!.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "graphql");

    public PriceBook PriceBook { get; } = new();

    public RequestExecutorProvider Executors => _app!.Services.GetRequiredService<RequestExecutorProvider>();

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(PriceBook);
        builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
        builder.Services.AddGraphQLServer()
            .AddQueryType<SecureQuery>()
            .AddMutationType<SecureMutation>()
            .AddSubscriptionType<SecureSubscription>()
            .AddTypeExtension<SecureQueryExtension>()
            .AddTypeExtension<AuditQueryExtension>()
            .AddAuthorization(options =>
            {
                options.AddPolicy(AdultPolicy, policy => policy.RequireAssertion(
                    context => int.TryParse(context.User.FindFirst("age")?.Value, out var age) && age >= 18));

                // The resource is the resolver context: the policy may look at the field's arguments.
                options.AddPolicy(SelfPolicy, policy => policy.RequireAssertion(
                    context => context.Resource is IResolverContext field
                        && context.User.Identity?.Name is { } name
                        && field.ArgumentValue<string>("userName") == name));
            });

        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapGraphQL();
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
