using Gql.AspNetCore;
using Gql.Benchmarks;

// The .NET side of the HTTP throughput benchmark: the engine benchmarks' catalog schema and data
// behind AddGraphQLServer()/MapGraphQL(), on the URL given as the first argument.
var url = args.Length > 0 ? args[0] : "http://127.0.0.1:5300";
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(url);

var root = CatalogData.CreateRoot();
builder.Services.AddGraphQLServer()
    .AddDocumentFromString(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema.graphql")))
    .AddResolver("Query", "shop", _ => new ValueTask<object?>(root["shop"]))
    .AddResolver("Query", "products", _ => new ValueTask<object?>(root["products"]));

var app = builder.Build();
app.MapGraphQL();
app.MapGet("/health", () => "ok");
app.Run();
