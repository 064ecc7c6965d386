using ECommerce.Inventory;
using ECommerce.Orders;
using ECommerce.Payments;
using ECommerce.Products;
using ECommerce.Users;
using Gql.AspNetCore;
using Gql.Federation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Writes the Apollo Federation 2 SDL of each shop subgraph (what its `_service { sdl }` answers) to
// <folder>/<name>.graphql, from the apps as Program.cs builds them; nothing is started and no
// database or Redis is contacted. composition-shop.test.mjs composes them with @apollo/composition.
var folder = args.Length == 1 ? args[0] : throw new ArgumentException("usage: ECommerce.ApolloSubgraphs <output folder>");
Directory.CreateDirectory(folder);
var subgraphs = new (string Name, Func<string[], Action<WebApplicationBuilder>?, WebApplication> Build)[]
{
    ("users", UsersApp.Build),
    ("products", ProductsApp.Build),
    ("inventory", InventoryApp.Build),
    ("orders", OrdersApp.Build),
    ("payments", PaymentsApp.Build),
};
foreach (var (name, build) in subgraphs)
{
    await using var app = build([], builder =>
    {
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ECOMMERCE_POSTGRES"] = "Host=127.0.0.1;Port=1;Username=postgres";
        builder.Configuration["ECOMMERCE_REDIS"] = "127.0.0.1:1";
    });
    var schema = app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema;
    await File.WriteAllTextAsync(Path.Combine(folder, name + ".graphql"), FederationSchemaPrinter.PrintApolloSubgraph(schema));
    Console.WriteLine($"{name}: {Path.Combine(folder, name + ".graphql")}");
}
