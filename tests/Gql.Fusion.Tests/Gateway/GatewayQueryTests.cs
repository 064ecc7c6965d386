using System.Text.Json.Nodes;
using Gql.Fusion.Tests.Hosting;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>Queries through the gateway to the four sample subgraphs on Kestrel.</summary>
public class GatewayQueryTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private readonly GatewayHost _gateway = fixture.Host;

    [Fact]
    public async Task A_query_across_four_subgraphs_returns_the_merged_data()
    {
        var (status, body) = await _gateway.PostAsync(
            "{ topProducts(first: 2) { upc name price inStock shippingEstimate reviews { body author { username } } } }");

        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
        var first = body["data"]!["topProducts"]![0]!;
        Assert.Equal("p1", (string?)first["upc"]);
        Assert.Equal("Product 1", (string?)first["name"]);
        Assert.Equal(10, (int?)first["price"]);
        Assert.True((bool?)first["inStock"]);
        Assert.Equal(50, (int?)first["shippingEstimate"]);
        Assert.Equal("Review 1 of product 1", (string?)first["reviews"]![0]!["body"]);
        Assert.Equal("user2", (string?)first["reviews"]![0]!["author"]!["username"]);
        Assert.Equal(2, body["data"]!["topProducts"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_benchmark_operation_resolves_every_level()
    {
        var (status, body) = await _gateway.PostAsync(Queries.TestQuery);

        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
        var users = body["data"]!["users"]!.AsArray();
        Assert.Equal(10, users.Count);
        var nested = users[0]!["reviews"]![0]!["product"]!["reviews"]![0]!["author"]!["reviews"]![0]!["product"]!;
        Assert.NotNull((string?)nested["name"]);
        Assert.NotNull((int?)nested["shippingEstimate"]);
        Assert.NotNull((bool?)nested["inStock"]);
        Assert.Equal(5, body["data"]!["topProducts"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public async Task A_list_costs_one_request_per_subgraph_per_plan_step_whatever_its_length(int count)
    {
        var before = _gateway.Subgraphs.ToDictionary(s => s.Key, s => s.Value.RequestCount);

        var (status, body) = await _gateway.PostAsync(
            "query Many($n: Int!) { topProducts(first: $n) { name inStock reviews { author { name } } } }", $$"""{"n": {{count}}}""");

        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
        Assert.Equal(count, body["data"]!["topProducts"]!.AsArray().Count);
        foreach (var name in GatewayHost.SubgraphNames)
        {
            Assert.Equal(before[name] + 1, _gateway[name].RequestCount);
        }
    }

    [Fact]
    public async Task Entity_keys_are_de_duplicated_and_looked_up_under_aliases_in_one_operation()
    {
        // 40 reviews by 10 users: the accounts subgraph gets one request with ten aliased lookups.
        var (_, body) = await _gateway.PostAsync("{ topProducts(first: 20) { reviews { author { name } } } }");

        Assert.Null(body["errors"]);
        Assert.Equal("User 2", (string?)body["data"]!["topProducts"]![0]!["reviews"]![0]!["author"]!["name"]);
        var request = JsonNode.Parse(_gateway["accounts"].Bodies[^1])!;
        Assert.Equal(10, request["variables"]!.AsObject().Count);
        Assert.Contains("_9: userById(id: $__fusion_id_9) {name}", (string?)request["query"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_fragments_variables_and_conditions_keep_their_meaning()
    {
        var (status, body) = await _gateway.PostAsync(
            """
            query Shop($first: Int!, $withReviews: Boolean!) {
              best: topProducts(first: $first) { ...Card reviews @include(if: $withReviews) { id } }
              cheap: topProducts(first: 1) { title: name }
            }
            fragment Card on Product { title: name stock: inStock }
            """,
            """{"first": 3, "withReviews": false}""");

        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
        var best = body["data"]!["best"]!.AsArray();
        Assert.Equal(3, best.Count);
        Assert.Equal("Product 3", (string?)best[2]!["title"]);
        Assert.False((bool?)best[2]!["stock"]);
        Assert.False(best[0]!.AsObject().ContainsKey("reviews"));
        Assert.Equal("Product 1", (string?)body["data"]!["cheap"]![0]!["title"]);
    }

    [Fact]
    public async Task A_subgraph_field_error_appears_at_the_gateway_path()
    {
        var (status, body) = await _gateway.PostAsync("{ topProducts(first: 3) { name warehouse } }");

        Assert.Equal(200, status);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("The warehouse of p2 is closed.", (string?)error["message"]);
        Assert.Equal("""["topProducts",1,"warehouse"]""", error["path"]!.ToJsonString());
        Assert.Null(body["data"]!["topProducts"]![1]!["warehouse"]);
        Assert.Equal("W-p3", (string?)body["data"]!["topProducts"]![2]!["warehouse"]);
    }

    [Fact]
    public async Task A_field_error_of_an_entity_found_at_several_places_is_reported_at_each_of_them()
    {
        var (status, body) = await _gateway.PostAsync("{ topProducts(first: 2) { reviews { product { reviews { product { upc warehouse } } } } } }");

        Assert.Equal(200, status);
        var errors = body["errors"]!.AsArray();
        Assert.All(errors, error => Assert.Equal("The warehouse of p2 is closed.", (string?)error!["message"]));
        Assert.Equal(
            [
                """["topProducts",1,"reviews",0,"product","reviews",0,"product","warehouse"]""",
                """["topProducts",1,"reviews",0,"product","reviews",1,"product","warehouse"]""",
                """["topProducts",1,"reviews",1,"product","reviews",0,"product","warehouse"]""",
                """["topProducts",1,"reviews",1,"product","reviews",1,"product","warehouse"]""",
            ],
            errors.Select(error => error!["path"]!.ToJsonString()).Order(StringComparer.Ordinal));
        var inner = body["data"]!["topProducts"]![1]!["reviews"]![1]!["product"]!["reviews"]![0]!["product"]!;
        Assert.Equal("p2", (string?)inner["upc"]);
        Assert.Null(inner["warehouse"]);
        Assert.Equal("W-p1", (string?)body["data"]!["topProducts"]![0]!["reviews"]![0]!["product"]!["reviews"]![1]!["product"]!["warehouse"]);
    }

    [Fact]
    public async Task The_callers_authorization_header_reaches_every_subgraph_asked()
    {
        await _gateway.PostAsync("{ me { name reviews { body } } }", authorization: "Bearer token-42");

        Assert.Equal("Bearer token-42", _gateway["accounts"].LastAuthorization);
        Assert.Equal("Bearer token-42", _gateway["reviews"].LastAuthorization);
    }

    [Fact]
    public async Task The_plan_is_returned_when_asked_for_and_only_then()
    {
        var (_, withPlan) = await _gateway.PostAsync("{ topProducts { name inStock } }", withPlan: true);
        var (_, without) = await _gateway.PostAsync("{ topProducts { name inStock } }");

        var fetches = withPlan["extensions"]!["queryPlan"]!["fetches"]!.AsArray();
        Assert.Equal(new string?[] { "products", "inventory" }, fetches.Select(f => (string?)f!["subgraph"]));
        Assert.Null(without["extensions"]);
    }

    [Fact]
    public async Task Introspection_shows_the_composed_public_schema()
    {
        var (status, body) = await _gateway.PostAsync(
            """{ __type(name: "Product") { fields { name } } __schema { queryType { fields { name } } } topProducts(first: 1) { __typename } }""");

        Assert.Equal(200, status);
        var productFields = body["data"]!["__type"]!["fields"]!.AsArray().Select(f => (string?)f!["name"]).ToList();
        Assert.Contains("shippingEstimate", productFields);
        Assert.Contains("reviews", productFields);
        Assert.Contains("inStock", productFields);
        var queryFields = body["data"]!["__schema"]!["queryType"]!["fields"]!.AsArray().Select(f => (string?)f!["name"]).ToList();
        Assert.Contains("topProducts", queryFields);
        Assert.DoesNotContain("userById", queryFields);
        Assert.Equal("Product", (string?)body["data"]!["topProducts"]![0]!["__typename"]);
    }

    [Fact]
    public async Task Internal_lookups_cannot_be_queried()
    {
        var (status, body) = await _gateway.PostAsync("""{ userById(id: "u1") { name } }""");

        Assert.Equal(400, status);
        Assert.Contains("userById", (string?)body["errors"]![0]!["message"], StringComparison.Ordinal);
    }
}
