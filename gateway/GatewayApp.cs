using Gql.AspNetCore;
using Gql.Fusion.Composition;
using Gql.Fusion.Configuration;
using Gql.Fusion.Execution;
using Gql.Fusion.Metadata;

namespace ECommerce.Gateway;

/// <summary>
/// The gateway host, built the same way by Program.cs and by tests: reads fusion.json, composes
/// the subgraphs' source schemas, and serves the composed graph at the configured path with the
/// engine's server (HTTP, WebSocket, SSE, Banana Cake Pop, limits).
/// </summary>
public static class GatewayApp
{
    public const int DefaultPort = 5000;

    /// <summary>fusion.json's path (else fusion.json in the working folder, its parents, or beside the app).</summary>
    public const string FusionFileVariable = "ECOMMERCE_FUSION_FILE";

    /// <summary>Which <c>urls</c> of fusion.json apply: <c>local</c> (default) or <c>docker</c>.</summary>
    public const string EnvironmentVariable = "ECOMMERCE_ENVIRONMENT";

    /// <summary>
    /// Builds the app. <paramref name="configure"/> runs first, so it can change configuration
    /// (<c>ECOMMERCE_FUSION_FILE</c>, <c>ECOMMERCE_USERS_URL</c>, <c>urls</c>, ...) and services.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{DefaultPort}");
        }

        var settings = FusionSettings.Load(FindFusionFile(builder.Configuration[FusionFileVariable]));
        var environment = builder.Configuration[EnvironmentVariable] is { Length: > 0 } name ? name : "local";
        var endpoints = settings.ResolveEndpoints(environment, variable => builder.Configuration[variable]);
        var schema = LoadSchema(settings, endpoints);

        builder.Services.AddSingleton(schema);
        var server = builder.Services.AddGraphQLServer();
        AddTrustedDocuments(server, settings);
        server
            .AddFusionGateway(schema, options =>
            {
                options.SubgraphTimeout = TimeSpan.FromSeconds(settings.Gateway.SubgraphRequestTimeoutSeconds);
                options.ForwardHeaders.Clear();
                options.ForwardHeaders.AddRange(settings.Gateway.ForwardHeaders);
                options.AllowQueryPlan = settings.Gateway.AllowQueryPlan || builder.Configuration.GetValue<bool>("Gateway:AllowQueryPlan");
                // Off: every result is completed by the engine's executor from a merged tree (the reference the in-place merge is tested against).
                options.WriteResponsesDirectly = builder.Configuration.GetValue("Gateway:WriteResponsesDirectly", true);
            })
            .ModifyServerOptions(options =>
            {
                options.Tool.Enable = settings.Gateway.Tool.Enabled;
                options.Tool.Title = settings.Gateway.Tool.Title;
            });

        var app = builder.Build();
        app.MapGet("/health/live", () => Results.Ok(new { status = "Healthy" }));
        app.MapGraphQL(settings.Gateway.Path);
        return app;
    }

    /// <summary>fusion.json <c>gateway.trustedDocumentsFile</c> / <c>onlyTrustedDocuments</c>.</summary>
    private static void AddTrustedDocuments(IRequestExecutorBuilder server, FusionSettings settings)
    {
        if (settings.Gateway.TrustedDocumentsFile is not { Length: > 0 } file)
        {
            if (settings.Gateway.OnlyTrustedDocuments)
            {
                throw new InvalidOperationException("fusion.json: gateway.onlyTrustedDocuments needs gateway.trustedDocumentsFile.");
            }

            return;
        }

        var path = Path.GetFullPath(file, settings.BaseDirectory);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"fusion.json: gateway.trustedDocumentsFile names {path}, which does not exist.");
        }

        server.AddTrustedDocumentManifest(path);
        if (settings.Gateway.OnlyTrustedDocuments)
        {
            server.ModifyPersistedOperationOptions(o => o.OnlyAllowPersistedDocuments = true);
        }
    }

    /// <summary>
    /// Composes the subgraphs' schema files (Composite Schemas composition; a subgraph whose file
    /// does not exist yet is left out, with a warning) into the execution schema.
    /// </summary>
    /// <exception cref="InvalidOperationException">The composition failed (the message lists the errors with their spec codes).</exception>
    private static FusionSchema LoadSchema(FusionSettings settings, IReadOnlyList<SubgraphEndpoint> endpoints)
    {
        var sources = FusionSourceSchemas.From(settings);
        foreach (var name in sources.Missing)
        {
            Console.Error.WriteLine($"gateway: warning: {name} is left out: its schema file does not exist yet");
        }

        if (sources.Found.Count == 0)
        {
            throw new InvalidOperationException("fusion.json names no subgraph whose schema file exists.");
        }

        var result = sources.Compose();
        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine($"gateway: composition warning: {warning}");
        }

        if (!result.IsSuccess)
        {
            throw new InvalidOperationException("the subgraph schemas do not compose:\n" + string.Join("\n", result.Errors));
        }

        return result.ToFusionSchema(endpoints.Where(e => result.SourceSchemaNames.Contains(e.Name)));
    }

    internal static string FindFusionFile(string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : throw new FileNotFoundException($"{FusionFileVariable} names {configured}, which does not exist.");
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "fusion.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, "fusion.json");
        return File.Exists(besideApp)
            ? besideApp
            : throw new FileNotFoundException($"fusion.json not found: set {FusionFileVariable} or run from the repository.");
    }
}
