using Gql.Execution;
using Gql.Types;
using System.Text.Json;

namespace Gql.Data.Tests.InMemory;

/// <summary>The attributes over plain lists (LINQ to objects) with a plain <see cref="SchemaBuilder"/> and default options.</summary>
public sealed class InMemoryTests
{
    private static readonly RequestExecutor Executor = new(SchemaBuilder.New().AddQueryType<GadgetQuery>().Build());

    [Fact]
    public async Task A_list_of_scalars_filters_with_some_and_an_id_filters_by_its_string_value()
    {
        var data = await RunAsync("""{ gadgets(first: 20, where: { tags: { some: { eq: "tool" } }, id: { nin: ["2", "4"] } }) { nodes { id } } }""");

        Assert.Equal(["6", "8", "10", "12"], Ids(data.GetProperty("gadgets").GetProperty("nodes")));
    }

    [Fact]
    public async Task Cursors_over_a_nullable_sort_key_are_offsets_and_the_next_page_continues()
    {
        const string Query = "query($after: String) { gadgets(first: 5, after: $after, order: [{ nickname: ASC }, { id: ASC }]) { nodes { id } pageInfo { endCursor } } }";
        var first = await RunAsync(Query);
        var cursor = first.GetProperty("gadgets").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var second = await RunAsync(Query, new Dictionary<string, object?> { ["after"] = cursor });

        var expected = GadgetQuery.All.OrderBy(g => g.Nickname, StringComparer.Ordinal).ThenBy(g => g.Id).Select(g => g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expected[5..10], Ids(second.GetProperty("gadgets").GetProperty("nodes")));
        Assert.Equal("4", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(cursor!)));
    }

    [Fact]
    public async Task A_list_field_is_filtered_and_sorted_in_memory()
    {
        var data = await RunAsync("""{ gadgetList(where: { name: { endsWith: "1" } }, order: { id: DESC }) { id } }""");

        Assert.Equal(["11", "1"], Ids(data.GetProperty("gadgetList")));
    }

    private static List<string> Ids(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();

    private static async Task<JsonElement> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = (ExecutionResult)await Executor.ExecuteAsync(new GraphQLRequest(query, Variables: variables));
        Assert.Empty(result.Errors);
        using var document = JsonDocument.Parse(result.ToJson());
        return document.RootElement.GetProperty("data").Clone();
    }
}
