using System.Text.Json;
using Gql.Federation.Tests.Shipping;
using Gql.Types;

namespace Gql.Federation.Tests;

/// <summary>Apollo Federation 2 subgraph support: <c>_service { sdl }</c>, <c>_Any</c>, <c>_Entity</c> and <c>_entities</c>.</summary>
public sealed class ApolloSubgraphTests
{
    private const string EntitiesQuery = "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Product { id name price } } }";

    [Fact]
    public async Task Service_sdl_of_products_links_federation_2_and_keeps_the_key()
    {
        using var products = new SubgraphFixture("products");

        var json = await products.ExecuteAsync("{ _service { sdl } }");

        Assert.Equal(Snapshots.ProductsApolloSdl, Sdl(json));
    }

    [Fact]
    public async Task Service_sdl_of_reviews_leaves_out_the_internal_lookup()
    {
        using var reviews = new SubgraphFixture("reviews");

        var json = await reviews.ExecuteAsync("{ _service { sdl } }");

        Assert.Equal(Snapshots.ReviewsApolloSdl, Sdl(json));
    }

    [Fact]
    public void Apollo_sdl_maps_every_source_schema_directive()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShippingQuery>().Build();

        var sdl = FederationSchemaPrinter.PrintApolloSubgraph(schema);

        Assert.Equal(Snapshots.ShippingApolloSdl, sdl);
    }

    [Fact]
    public void A_key_nothing_resolves_is_not_resolvable_in_the_apollo_sdl()
    {
        var schema = SchemaBuilder.New().AddQueryType<References.ShipmentQuery>().AddApolloFederation().Build();

        var sdl = FederationSchemaPrinter.PrintApolloSubgraph(schema);

        Assert.Contains("type Depot @key(fields: \"id\", resolvable: false) {", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_whose_fields_are_all_internal_is_left_out_of_the_apollo_sdl()
    {
        var schema = SchemaBuilder.New().AddQueryType<InternalOnly.LedgerQuery>().AddMutationType<InternalOnly.LedgerMutation>().Build();

        var sdl = FederationSchemaPrinter.PrintApolloSubgraph(schema);

        Assert.DoesNotContain("Mutation", sdl, StringComparison.Ordinal);
        Assert.Contains("balance: Int!", sdl, StringComparison.Ordinal);
        Assert.Contains("charge(amount: Int!): Int! @internal", FederationSchemaPrinter.PrintSourceSchema(schema), StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_union_any_scalar_and_entities_field_are_in_the_executable_schema()
    {
        using var products = new SubgraphFixture("products");

        var union = products.Schema.GetType<UnionType>("_Entity");
        var entities = products.Schema.QueryType.Fields["_entities"];

        Assert.Equal(["Product"], union!.Types.Select(t => t.Name));
        Assert.IsType<ScalarType>(products.Schema.GetType("_Any"), exactMatch: false);
        Assert.Equal("[_Entity]!", entities!.Type.Print());
        Assert.Equal("[_Any!]!", entities.Arguments["representations"]!.Type.Print());
        Assert.Equal("_Service!", products.Schema.QueryType.Fields["_service"]!.Type.Print());
        Assert.Equal("String", products.Schema.GetType<ObjectType>("_Service")!.Fields["sdl"]!.Type.Print());
    }

    [Fact]
    public void A_subgraph_without_keys_has_service_but_no_entities()
    {
        var schema = SchemaBuilder.New().AddQueryType<PlainQuery>().AddApolloFederation().Build();

        Assert.NotNull(schema.QueryType.Fields["_service"]);
        Assert.Null(schema.QueryType.Fields["_entities"]);
        Assert.Null(schema.GetType("_Entity"));
    }

    [Fact]
    public async Task Entities_resolve_n_representations_with_one_loader_batch_in_order()
    {
        using var products = new SubgraphFixture("products");

        var json = await products.ExecuteAsync(
            EntitiesQuery,
            """{"r":[{"__typename":"Product","id":"3"},{"__typename":"Product","id":"1"},{"__typename":"Product","id":"2"},{"__typename":"Product","id":"1"}]}""");

        Assert.Equal(
            """{"data":{"_entities":[{"__typename":"Product","id":"3","name":"Chess set","price":45},{"__typename":"Product","id":"1","name":"Dune","price":12},{"__typename":"Product","id":"2","name":"Go board","price":80},{"__typename":"Product","id":"1","name":"Dune","price":12}]}}""",
            json);
        var batch = Assert.Single(products.Catalog.Batches);
        Assert.Equal([3, 1, 2], batch);
    }

    [Fact]
    public async Task Entities_accept_representations_written_as_literals()
    {
        using var products = new SubgraphFixture("products");

        var json = await products.ExecuteAsync("""{ _entities(representations: [{__typename: "Product", id: "2"}]) { ... on Product { name } } }""");

        Assert.Equal("""{"data":{"_entities":[{"name":"Go board"}]}}""", json);
    }

    [Fact]
    public async Task A_missing_entity_is_null_without_an_error()
    {
        using var products = new SubgraphFixture("products");

        var json = await products.ExecuteAsync(EntitiesQuery, """{"r":[{"__typename":"Product","id":"99"}]}""");

        Assert.Equal("""{"data":{"_entities":[null]}}""", json);
    }

    [Fact]
    public async Task Bad_representations_give_null_items_with_errors_at_their_index()
    {
        using var products = new SubgraphFixture("products");

        var json = await products.ExecuteAsync(
            EntitiesQuery,
            """{"r":[{"__typename":"Product","id":"1"},{"__typename":"Category","id":"1"},{"id":"1"},{"__typename":"Product","sku":"x"},{"__typename":"Product","id":true}]}""");

        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.GetProperty("data").GetProperty("_entities");
        Assert.Equal("Dune", items[0].GetProperty("name").GetString());
        Assert.All(Enumerable.Range(1, 4), i => Assert.Equal(JsonValueKind.Null, items[i].ValueKind));
        var errors = document.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (Path: e.GetProperty("path")[1].GetInt32(), Code: e.GetProperty("extensions").GetProperty("code").GetString()))
            .OrderBy(e => e.Path)
            .ToList();
        Assert.Equal(
            [
                (1, FederationErrorCodes.InvalidRepresentation),
                (2, FederationErrorCodes.InvalidRepresentation),
                (3, FederationErrorCodes.EntityResolverNotFound),
                (4, FederationErrorCodes.InvalidRepresentation),
            ],
            errors);
    }

    [Fact]
    public async Task Reviews_resolve_a_product_reference_through_the_internal_lookup()
    {
        using var reviews = new SubgraphFixture("reviews");

        var json = await reviews.ExecuteAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id reviews { body stars } } } }",
            """{"r":[{"__typename":"Product","id":"1"},{"__typename":"Product","id":"3"}]}""");

        Assert.Equal(
            """{"data":{"_entities":[{"id":"1","reviews":[{"body":"A classic.","stars":5},{"body":"Still reading it.","stars":4}]},{"id":"3","reviews":[]}]}}""",
            json);
    }

    [Fact]
    public async Task Lookup_arguments_follow_is_paths()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShippingByCodeQuery>().AddApolloFederation().Build();

        var result = await Gql.Execution.SchemaExecutionExtensions.ExecuteAsync(
            schema,
            """{ _entities(representations: [{__typename: "Parcel", internalCode: "P-7"}]) { ... on Parcel { id label } } }""");

        Assert.Equal("""{"data":{"_entities":[{"id":"7","label":"by code"}]}}""", Assert.IsType<Gql.Execution.ExecutionResult>(result).ToJson());
    }

    [Fact]
    public async Task Required_arguments_take_the_values_the_gateway_sent_in_the_representation()
    {
        using var reviews = new SubgraphFixture("reviews");

        var json = await reviews.ExecuteAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id shippingEstimate } } }",
            """{"r":[{"__typename":"Product","id":"1","weight":400},{"__typename":"Product","id":"2"}]}""");

        Assert.Equal("""{"data":{"_entities":[{"id":"1","shippingEstimate":9},{"id":"2","shippingEstimate":null}]}}""", json);
    }

    [Fact]
    public async Task A_required_argument_given_in_the_query_wins_over_the_representation()
    {
        using var reviews = new SubgraphFixture("reviews");

        var json = await reviews.ExecuteAsync(
            """{ _entities(representations: [{__typename: "Product", id: "1", weight: 400}]) { ... on Product { shippingEstimate(weight: 1000) } } }""");

        Assert.Equal("""{"data":{"_entities":[{"shippingEstimate":15}]}}""", json);
    }

    [Fact]
    public async Task A_required_value_of_the_wrong_type_is_an_invalid_representation()
    {
        using var reviews = new SubgraphFixture("reviews");

        var json = await reviews.ExecuteAsync(
            """{ _entities(representations: [{__typename: "Product", id: "1", weight: "heavy"}]) { ... on Product { shippingEstimate } } }""");

        using var document = JsonDocument.Parse(json);
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(FederationErrorCodes.InvalidRepresentation, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["_entities", "0", "shippingEstimate"], error.GetProperty("path").EnumerateArray().Select(p => p.ToString()));
    }

    private static string Sdl(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString()!;
    }
}
