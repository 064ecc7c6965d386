using Gql.Fusion.Metadata;
using Gql.Fusion.Planning;
using Gql.Fusion.Tests.Subgraphs;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Fusion.Tests.Planning;

/// <summary>Plans of the sample subgraphs' operations, checked against snapshot files.</summary>
public class QueryPlannerTests
{
    private static readonly QueryPlanner Planner = new(SampleSubgraphs.Compose());

    public static TheoryData<string, string> Operations => new()
    {
        { "cross-subgraph", "{ topProducts(first: 3) { name price inStock reviews { body author { name } } } }" },
        { "requirements", "{ topProducts { upc shippingEstimate } }" },
        { "parallel-roots", "{ me { name } topProducts { name } }" },
        {
            "fragments-aliases-variables",
            """
            query Shop($first: Int = 2, $withReviews: Boolean!) {
              best: topProducts(first: $first) { ...Card reviews @include(if: $withReviews) { id } }
              me { username }
            }
            fragment Card on Product { title: name ... on Product { inStock } }
            """
        },
        { "test-query", Queries.TestQuery },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Plans_match_their_snapshots(string name, string query)
    {
        var plan = Plan(query);

        SnapshotAssert.Matches($"plan-{name}.txt", plan.ToText());
    }

    [Fact]
    public void Root_fields_of_different_subgraphs_are_independent_fetches()
    {
        var plan = Plan("{ me { name } topProducts { name } }");

        Assert.Equal(2, plan.Fetches.Count);
        Assert.All(plan.Fetches, f => Assert.Empty(f.DependsOn));
        Assert.Equal(new[] { "accounts", "products" }, plan.Fetches.Select(f => f.Subgraph));
    }

    [Fact]
    public void Fields_of_other_subgraphs_become_entity_fetches_keyed_by_gateway_aliases()
    {
        var plan = Plan("{ topProducts { name inStock reviews { author { name } } } }");

        Assert.Equal(new[] { "products", "inventory", "reviews", "accounts" }, plan.Fetches.Select(f => f.Subgraph));
        var inventory = plan.Fetches[1];
        Assert.Equal(FetchKind.Entity, inventory.Kind);
        Assert.Equal(new[] { "topProducts" }, inventory.Path);
        Assert.Equal(new[] { 0 }, inventory.DependsOn);
        Assert.Equal(new[] { "__fusion_k_upc" }, Assert.Single(inventory.EntityVariables).SourcePath);
        Assert.Contains("__fusion_k_upc: upc", plan.Fetches[0].Document, StringComparison.Ordinal);
        var accounts = plan.Fetches[3];
        Assert.Equal(new[] { "topProducts", "reviews", "author" }, accounts.Path);
        Assert.Equal(new[] { 2 }, accounts.DependsOn);
    }

    [Fact]
    public void Required_values_are_selected_by_the_parent_fetch_and_passed_as_variables()
    {
        var plan = Plan("{ topProducts { shippingEstimate } }");

        var estimate = plan.Fetches[1];
        Assert.Equal("inventory", estimate.Subgraph);
        Assert.Equal(new[] { "__fusion_upc", "__fusion_r1", "__fusion_r2" }, estimate.EntityVariables.Select(v => v.Name));
        Assert.Contains("shippingEstimate(price: $__fusion_r1, weight: $__fusion_r2)", estimate.Document, StringComparison.Ordinal);
        Assert.Contains("__fusion_r_price: price", plan.Fetches[0].Document, StringComparison.Ordinal);
    }

    [Fact]
    public void Occurrences_of_one_response_name_are_planned_as_one_field_so_their_entities_are_fetched_once()
    {
        var plan = Plan("""
            { topProducts { reviews { author { name } } ...More } }
            fragment More on Product { reviews { body author { username } } }
            """);

        Assert.Equal(new[] { "products", "reviews", "accounts" }, plan.Fetches.Select(f => f.Subgraph));
        Assert.Contains("reviews {author {__fusion_k_id: id} body}", plan.Fetches[1].Document, StringComparison.Ordinal);
        Assert.Contains("{userById(id: $__fusion_id) {name username}}", plan.Fetches[2].Document, StringComparison.Ordinal);
    }

    [Fact]
    public void Occurrences_under_different_conditions_stay_apart()
    {
        var plan = Plan("query($all: Boolean!) { topProducts { reviews { body } reviews @include(if: $all) { id } } }");

        Assert.Matches(@"reviews \{body\} reviews @include\(if: ?\$all\) \{id\}", plan.Fetches[1].Document);
    }

    [Fact]
    public void Introspection_alone_needs_no_fetch()
    {
        Assert.Empty(Plan("{ __typename __schema { queryType { name } } }").Fetches);
    }

    [Fact]
    public void A_field_no_lookup_reaches_cannot_be_planned()
    {
        var schema = new FusionSchemaBuilder()
            .AddSourceSchema(new SubgraphEndpoint("a", new Uri("http://a.test/graphql")), "type Query { things: [Thing] } type Thing { id: ID! }")
            .AddSourceSchema(new SubgraphEndpoint("b", new Uri("http://b.test/graphql")), "type Query { other: Int } type Thing { id: ID! extra: String }")
            .Build();

        var error = Assert.Throws<QueryPlanningException>(() => Plan(new QueryPlanner(schema), "{ things { extra } }"));

        Assert.Contains("Thing.extra", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_plans_an_operation_once()
    {
        var cache = new QueryPlanCache(Planner);
        var operation = (OperationDefinitionNode)Parser.Parse("{ me { name } }").Definitions[0];
        var noFragments = new Dictionary<string, FragmentDefinitionNode>();

        Assert.Same(cache.GetOrPlan(operation, noFragments), cache.GetOrPlan(operation, noFragments));
    }

    private static QueryPlan Plan(string query) => Plan(Planner, query);

    private static QueryPlan Plan(QueryPlanner planner, string query)
    {
        var document = Parser.Parse(query);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        return planner.Plan(document.Definitions.OfType<OperationDefinitionNode>().First(), fragments);
    }
}
