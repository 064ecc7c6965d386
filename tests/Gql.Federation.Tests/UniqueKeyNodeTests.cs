using System.Text.Json;
using Gql.Execution;
using Gql.Federation.Tests.Tickets;
using Gql.Types;

namespace Gql.Federation.Tests;

/// <summary><c>[Node(KeyIsGloballyUnique = true)]</c>: the key is the id, and <c>node(id:)</c> finds its type by asking such types in turn.</summary>
public sealed class UniqueKeyNodeTests
{
    private static readonly Schema TicketSchema = SchemaBuilder.New().AddQueryType<TicketQuery>().AddGlobalObjectIdentification().Build();

    private static readonly string FirstTicket = TicketData.Tickets[0].Id.ToString();

    [Fact]
    public async Task The_id_is_the_key_itself()
    {
        var json = await ExecuteAsync("{ tickets { id seat } }");

        Assert.Equal($$$"""{"data":{"tickets":[{"id":"{{{FirstTicket}}}","seat":"A1"},{"id":"{{{TicketData.Tickets[1].Id}}}","seat":"A2"}]}}""", json);
        Assert.Equal(["Node"], TicketSchema.GetType<ObjectType>("Ticket")!.Interfaces.Select(i => i.Name));
    }

    [Fact]
    public async Task Node_finds_each_type_by_its_key()
    {
        var ticket = await ExecuteAsync($$"""{ node(id: "{{FirstTicket}}") { __typename id ... on Ticket { seat } } }""");
        var venue = await ExecuteAsync($$"""{ node(id: "{{TicketData.Arena.Id}}") { __typename ... on Venue { city } } }""");

        Assert.Equal("""{"data":{"node":{"__typename":"Ticket","id":""" + "\"" + FirstTicket + "\"" + ""","seat":"A1"}}}""", ticket);
        Assert.Equal("""{"data":{"node":{"__typename":"Venue","city":"Berlin"}}}""", venue);
    }

    [Fact]
    public async Task Nodes_keep_the_order_give_null_for_unknown_keys_and_an_error_for_ids_no_type_accepts()
    {
        var json = await ExecuteAsync($$"""{ nodes(ids: ["{{TicketData.Arena.Id}}", "{{Guid.Empty}}", "{{FirstTicket}}", "bad id"]) { __typename } }""");

        using var document = JsonDocument.Parse(json);
        var nodes = document.RootElement.GetProperty("data").GetProperty("nodes");
        Assert.Equal("""[{"__typename":"Venue"},null,{"__typename":"Ticket"},null]""", nodes.GetRawText());
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(FederationErrorCodes.InvalidNodeId, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(3, error.GetProperty("path")[1].GetInt32());
    }

    private static async Task<string> ExecuteAsync(string query)
        => Assert.IsType<ExecutionResult>(await SchemaExecutionExtensions.ExecuteAsync(TicketSchema, query)).ToJson();
}
