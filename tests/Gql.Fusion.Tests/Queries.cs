namespace Gql.Fusion.Tests;

/// <summary>Operations shared by planner and gateway tests.</summary>
internal static class Queries
{
    /// <summary>The Guild gateway benchmark's operation (graphql-hive/graphql-gateways-benchmark).</summary>
    public const string TestQuery = """
        fragment User on User { id username name }
        fragment Review on Review { id body }
        fragment Product on Product { inStock name price shippingEstimate upc weight }
        query TestQuery {
          users { ...User reviews { ...Review product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } } } }
          topProducts { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
        }
        """;
}
