using Gql.Federation;
using Gql.Fusion.Metadata;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Fusion.Tests.Subgraphs;

/// <summary>
/// The four sample subgraphs of the Guild's gateway benchmark, in small: accounts (User),
/// products (Product), inventory (Product.inStock, shippingEstimate with @require), reviews
/// (Review, User.reviews, Product.reviews).
/// </summary>
public static class SampleSubgraphs
{
    public static IReadOnlyList<string> Names { get; } = ["accounts", "products", "inventory", "reviews"];

    public static SchemaBuilder Configure(string name, SchemaBuilder builder) => name switch
    {
        "accounts" => builder.AddQueryType<AccountsQuery>(),
        "products" => builder.AddQueryType<ProductsQuery>(),
        "inventory" => builder.AddQueryType<InventoryQuery>(),
        "reviews" => builder.AddQueryType<ReviewsQuery>().AddMutationType<ReviewsMutation>().AddSubscriptionType<ReviewsSubscription>(),
        _ => throw new ArgumentException($"Unknown sample subgraph \"{name}\".", nameof(name)),
    };

    public static IServiceCollection AddServices(string name, IServiceCollection services) => name switch
    {
        "accounts" => services.AddSingleton<AccountStore>(),
        "products" => services.AddSingleton<ProductStore>(),
        "reviews" => services.AddSingleton<ReviewStore>(),
        _ => services,
    };

    public static string SourceSchema(string name) => FederationSchemaPrinter.PrintSourceSchema(Configure(name, SchemaBuilder.New()).Build());

    /// <summary>The execution schema of the four, with placeholder URLs (for planning without servers).</summary>
    public static FusionSchema Compose()
    {
        var builder = new FusionSchemaBuilder();
        foreach (var name in Names)
        {
            builder.AddSourceSchema(new SubgraphEndpoint(name, new Uri($"http://{name}.test/graphql")), SourceSchema(name));
        }

        return builder.Build();
    }
}
