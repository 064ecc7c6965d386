using Gql.AspNetCore;
using Gql.SubscriptionConformance.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A GraphQL server with subscriptions on a free loopback port for the graphql-ws and graphql-sse
// clients. Prints "Listening on <url>" once it accepts requests. With --exit-on-stdin-close it
// stops when its standard input closes, so it never outlives the test that started it.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddSingleton<StreamCounter>();
builder.Services.AddGraphQLServer()
    .AddQueryType<Query>()
    .AddSubscriptionType<Subscription>()
    .ModifyServerOptions(o => o.Sse.EnableSingleConnectionMode = true);

var app = builder.Build();
app.MapGraphQL();
await app.StartAsync();

var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
foreach (var address in addresses)
{
    Console.WriteLine($"Listening on {address}{GraphQLServerDefaults.Path}");
}

if (args.Contains("--exit-on-stdin-close"))
{
    _ = Task.Run(async () =>
    {
        await Console.In.ReadToEndAsync();
        app.Lifetime.StopApplication();
    });
}

await app.WaitForShutdownAsync();
