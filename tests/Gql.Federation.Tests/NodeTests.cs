using System.Text.Json;
using Gql.Types;

namespace Gql.Federation.Tests;

/// <summary>Relay Global Object Identification: <c>Node</c>, <c>node(id:)</c>, <c>nodes(ids:)</c> and opaque ids.</summary>
public sealed class NodeTests
{
    private static readonly string Books = NodeId.Encode("Category", 1);
    private static readonly string Games = NodeId.Encode("Category", 2);

    [Fact]
    public void Ids_are_base64_of_type_name_colon_key()
    {
        Assert.Equal("Q2F0ZWdvcnk6MQ==", Books);
        Assert.True(NodeId.TryDecode(NodeId.Encode("Order", "a:b"), out var typeName, out var key));
        Assert.Equal(("Order", "a:b"), (typeName, key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("Q2F0ZWdvcnk=")]
    [InlineData("OjE=")]
    [InlineData("Q2F0ZWdvcnk6")]
    public void Malformed_ids_do_not_decode(string id)
    {
        Assert.False(NodeId.TryDecode(id, out _, out _));
    }

    [Fact]
    public void Node_types_implement_the_node_interface_and_expose_global_ids()
    {
        using var products = new SubgraphFixture("products");

        var category = products.Schema.GetType<ObjectType>("Category")!;

        Assert.Equal(["Node"], category.Interfaces.Select(i => i.Name));
        Assert.Equal("ID!", category.Fields["id"]!.Type.Print());
        Assert.Null(category.Fields["byId"]);
        Assert.Equal("Node", products.Schema.QueryType.Fields["node"]!.Type.Print());
        Assert.Equal("[Node]!", products.Schema.QueryType.Fields["nodes"]!.Type.Print());
    }

    [Fact]
    public async Task Node_fetches_an_object_by_the_id_it_exposed()
    {
        using var products = new SubgraphFixture("products");
        var listed = await products.ExecuteAsync("{ products { category { id } } }");
        Assert.Contains(Games, listed, StringComparison.Ordinal);

        var json = await products.ExecuteAsync($$"""{ node(id: "{{Games}}") { __typename id ... on Category { name } } }""");

        Assert.Equal("""{"data":{"node":{"__typename":"Category","id":""" + Quote(Games) + ""","name":"Games"}}}""", json);
    }

    [Fact]
    public async Task Nodes_keep_the_order_of_the_ids_and_give_null_for_unknown_keys()
    {
        using var products = new SubgraphFixture("products");

        var json = await products.ExecuteAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Category { name } } }",
            $$"""{"ids":["{{Games}}","{{NodeId.Encode("Category", 42)}}","{{Books}}"]}""");

        Assert.Equal($$$"""{"data":{"nodes":[{"id":"{{{Games}}}","name":"Games"},null,{"id":"{{{Books}}}","name":"Books"}]}}""", json);
    }

    [Theory]
    [InlineData("bad id")]
    [InlineData("UHJvZHVjdDox")]
    [InlineData("TWlzc2luZzox")]
    [InlineData("Q2F0ZWdvcnk6YQ==")]
    public async Task A_bad_id_gives_null_and_an_invalid_node_id_error(string id)
    {
        using var products = new SubgraphFixture("products");

        var json = await products.ExecuteAsync($$"""{ node(id: "{{id}}") { id } }""");

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").GetProperty("node").ValueKind);
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(FederationErrorCodes.InvalidNodeId, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("node", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Bad_ids_in_nodes_give_null_items_with_errors_at_their_index()
    {
        using var products = new SubgraphFixture("products");

        var json = await products.ExecuteAsync($$"""{ nodes(ids: ["{{Books}}", "%%%", "UHJvZHVjdDox"]) { id } }""");

        using var document = JsonDocument.Parse(json);
        var nodes = document.RootElement.GetProperty("data").GetProperty("nodes");
        Assert.Equal(Books, nodes[0].GetProperty("id").GetString());
        Assert.Equal([JsonValueKind.Null, JsonValueKind.Null], [nodes[1].ValueKind, nodes[2].ValueKind]);
        var errors = document.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([1, 2], errors.Select(e => e.GetProperty("path")[1].GetInt32()).Order());
        Assert.All(errors, e => Assert.Equal(FederationErrorCodes.InvalidNodeId, e.GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_node_type_without_a_node_resolver_is_loaded_through_its_lookup()
    {
        var schema = SchemaBuilder.New().AddQueryType<WarehouseQuery>().AddGlobalObjectIdentification().Build();
        var id = NodeId.Encode("Warehouse", 7);

        var result = await Gql.Execution.SchemaExecutionExtensions.ExecuteAsync(schema, $$"""{ node(id: "{{id}}") { id ... on Warehouse { city } } }""");

        Assert.Equal("""{"data":{"node":{"id":""" + Quote(id) + ""","city":"city 7"}}}""", Assert.IsType<Gql.Execution.ExecutionResult>(result).ToJson());
    }

    [Fact]
    public async Task A_node_can_take_its_key_from_another_field()
    {
        var schema = SchemaBuilder.New().AddQueryType<AisleQuery>().AddGlobalObjectIdentification().Build();
        var id = NodeId.Encode("Aisle", "A1");

        var listed = await Gql.Execution.SchemaExecutionExtensions.ExecuteAsync(schema, "{ firstAisle { id code } }");
        var fetched = await Gql.Execution.SchemaExecutionExtensions.ExecuteAsync(schema, "{ node(id: " + Quote(id) + ") { ... on Aisle { code } } }");

        Assert.Equal("""{"data":{"firstAisle":{"id":""" + Quote(id) + ""","code":"A1"}}}""", Assert.IsType<Gql.Execution.ExecutionResult>(listed).ToJson());
        Assert.Equal("""{"data":{"node":{"code":"A1"}}}""", Assert.IsType<Gql.Execution.ExecutionResult>(fetched).ToJson());
    }

    private static string Quote(string value) => "\"" + value + "\"";
}
