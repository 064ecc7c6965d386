using Gql.AspNetCore;
using Gql.Benchmarks.Subgraphs.Accounts;
using Gql.Benchmarks.Subgraphs.Inventory;
using Gql.Benchmarks.Subgraphs.Products;
using Gql.Benchmarks.Subgraphs.Reviews;

namespace Gql.Benchmarks.Subgraphs;

/// <summary>
/// One of the four subgraphs of the Guild's federation gateway benchmark: its name (also the
/// supergraph's subgraph name), its port offset from the base port, and its query type.
/// </summary>
public sealed record BenchmarkSubgraph(string Name, int PortOffset, Func<IRequestExecutorBuilder, IRequestExecutorBuilder> AddQueryType)
{
    public static BenchmarkSubgraph Accounts { get; } = new("accounts", 1, b => b.AddQueryType<AccountsQuery>());

    public static BenchmarkSubgraph Inventory { get; } = new("inventory", 2, b => b.AddQueryType<InventoryQuery>());

    public static BenchmarkSubgraph Products { get; } = new("products", 3, b => b.AddQueryType<ProductsQuery>());

    public static BenchmarkSubgraph Reviews { get; } = new("reviews", 4, b => b.AddQueryType<ReviewsQuery>());

    public static IReadOnlyList<BenchmarkSubgraph> All { get; } = [Accounts, Inventory, Products, Reviews];
}
