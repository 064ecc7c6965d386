using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.AspNetCore.Tests;

/// <summary>
/// Kestrel on a free loopback port with three schemas: /apq (in-memory storage, automatic persisted
/// queries), /trusted (a directory of .graphql files, only persisted documents) and /manifest
/// (a graphql-codegen style JSON manifest, only persisted documents, no document body).
/// </summary>
public sealed class PersistedOperationServerFixture : IAsyncLifetime
{
    public const string HelloQuery = "{ hello }";
    public const string IncrementMutation = "mutation { increment }";
    public const string ManifestQuery = "query Greeting { hello }";

    private const string Sdl = "type Query { hello: String } type Mutation { increment: Int }";

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public Counter Counter { get; } = new();

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "gql-trusted-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        await File.WriteAllTextAsync(Path.Combine(Directory, PersistedDocumentIds.Sha256Of(HelloQuery) + ".graphql"), HelloQuery);
        await File.WriteAllTextAsync(Path.Combine(Directory, "increment.graphql"), IncrementMutation);
        var manifest = Path.Combine(Directory, "persisted-documents.json");
        await File.WriteAllTextAsync(manifest, $$"""{ "sha256:{{PersistedDocumentIds.Sha256Of(ManifestQuery)}}": "{{ManifestQuery}}" }""");

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        AddSchema(builder, "apq").AddInMemoryOperationDocumentStorage();
        AddSchema(builder, "trusted").AddFileSystemOperationDocumentStorage(Directory).UsePersistedOperationPipeline();
        AddSchema(builder, "manifest").AddTrustedDocumentManifest(manifest)
            .ModifyPersistedOperationOptions(o =>
            {
                o.OnlyAllowPersistedDocuments = true;
                o.AllowDocumentBody = false;
            });

        _app = builder.Build();
        _app.MapGraphQL("/apq", "apq");
        _app.MapGraphQL("/trusted", "trusted");
        _app.MapGraphQL("/manifest", "manifest");
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

        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private IRequestExecutorBuilder AddSchema(WebApplicationBuilder builder, string name)
        => builder.Services.AddGraphQLServer(name)
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "hello", _ => new ValueTask<object?>("world"))
            .AddResolver("Mutation", "increment", _ => new ValueTask<object?>(Counter.Increment()));
}
