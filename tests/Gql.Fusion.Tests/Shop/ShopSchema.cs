using ECommerce.Testing;
using Gql.Fusion.Composition;
using Gql.Fusion.Configuration;
using Gql.Fusion.Metadata;
using Gql.Fusion.Planning;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Fusion.Tests.Shop;

/// <summary>
/// The shop's execution schema composed the way the gateway composes it at start-up: the subgraph
/// schema files of the repository's fusion.json with its composition settings and local URLs.
/// </summary>
internal static class ShopSchema
{
    private static readonly Lazy<QueryPlanner> LazyPlanner = new(() => new QueryPlanner(Compose()));

    public static QueryPlanner Planner => LazyPlanner.Value;

    public static QueryPlan Plan(string document, string? operationName = null)
    {
        var parsed = Parser.Parse(document);
        var fragments = parsed.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var operation = parsed.Definitions.OfType<OperationDefinitionNode>().Single(o => operationName is null || o.Name?.Value == operationName);
        return Planner.Plan(operation, fragments);
    }

    private static FusionSchema Compose()
    {
        var fusionFile = Path.Combine(RepositoryRoot.Find(), "fusion.json");
        var settings = FusionSettings.Load(fusionFile);
        var sources = FusionSourceSchemas.From(settings);
        Assert.Empty(sources.Missing);
        var result = sources.Compose();
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.ToFusionSchema(settings.ResolveEndpoints("local", _ => null));
    }
}
