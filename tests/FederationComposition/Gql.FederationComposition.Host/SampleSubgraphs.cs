using Gql.AspNetCore;
using Gql.DataLoader;
using Gql.Federation;
using Gql.FederationComposition.Host.Products;
using Gql.FederationComposition.Host.Reviews;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.FederationComposition.Host;

/// <summary>The two sample subgraphs: Products (owns Product, Category nodes) and Reviews (adds Product.reviews).</summary>
public static class SampleSubgraphs
{
    public static IReadOnlyList<string> Names { get; } = ["products", "reviews"];

    /// <summary>The schema of a subgraph, configured the same way for the server and for tests.</summary>
    public static SchemaBuilder Configure(string name, SchemaBuilder builder) => name switch
    {
        "products" => builder.AddQueryType<ProductsQuery>().AddApolloFederation().AddGlobalObjectIdentification(),
        "reviews" => builder.AddQueryType<ReviewsQuery>().AddApolloFederation(),
        _ => throw new ArgumentException($"Unknown subgraph \"{name}\"; use one of: {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>The services a subgraph's resolvers use.</summary>
    public static IServiceCollection AddServices(string name, IServiceCollection services) => name switch
    {
        "products" => services.AddSingleton<ProductCatalog>().AddDataLoader<ProductByIdDataLoader>(),
        "reviews" => services.AddSingleton<ReviewStore>(),
        _ => throw new ArgumentException($"Unknown subgraph \"{name}\".", nameof(name)),
    };

    /// <summary>
    /// A GraphQL server for the subgraph (what <c>Program</c> maps at <c>/graphql</c>), configured with the
    /// server builder's methods: the same schema as <see cref="Configure"/>.
    /// </summary>
    public static IRequestExecutorBuilder AddSubgraph(this IServiceCollection services, string name)
    {
        AddServices(name, services);
        var server = services.AddGraphQLServer();
        return name == "products"
            ? server.AddQueryType<ProductsQuery>().AddApolloFederation().AddGlobalObjectIdentification()
            : server.AddQueryType<ReviewsQuery>().AddApolloFederation();
    }
}
