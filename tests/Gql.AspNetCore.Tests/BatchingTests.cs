using System.Net;
using System.Text.Json;

namespace Gql.AspNetCore.Tests;

public sealed class BatchingTests(GraphQLServerFixture server) : IClassFixture<GraphQLServerFixture>
{
    [Fact]
    public async Task Request_batch_gives_one_result_per_request_in_order()
    {
        var body = """[{"query":"{ hello }"},{"query":"query($a: Int!) { add(a: $a, b: 2) }","variables":{"a":40}},{"query":"{ nope }"}]""";

        var response = await server.Client.PostJsonAsync(body, HttpClientExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(HttpClientExtensions.GraphQLResponseJson, response.MediaType);
        var results = response.Json;
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("Hello, world!", results[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(42, results[1].GetProperty("data").GetProperty("add").GetInt32());
        Assert.False(results[2].TryGetProperty("data", out _));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Variable_batch_gives_one_result_per_variable_set()
    {
        var body = """{"query":"query($a: Int!, $b: Int!) { add(a: $a, b: $b) }","variables":[{"a":1,"b":2},{"a":10,"b":20},{"a":"x","b":1}]}""";

        var response = await server.Client.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var results = response.Json;
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal(3, results[0].GetProperty("data").GetProperty("add").GetInt32());
        Assert.Equal(30, results[1].GetProperty("data").GetProperty("add").GetInt32());
        Assert.Equal("BAD_USER_INPUT", results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Empty_batch_gives_empty_array()
    {
        var response = await server.Client.PostJsonAsync("[]");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Array, response.Json.ValueKind);
        Assert.Equal(0, response.Json.GetArrayLength());
    }

    [Theory]
    [InlineData("""[{"query":"{ hello }"}, 1]""", HttpErrorCodes.InvalidParameter)]
    [InlineData("""[{"query":"{ hello }"}, {}]""", HttpErrorCodes.MissingQuery)]
    [InlineData("""[{"query":"query($a: Int!) { add(a: $a, b: 1) }","variables":[{"a":1}]}]""", HttpErrorCodes.InvalidParameter)]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", HttpErrorCodes.InvalidParameter)]
    public async Task Malformed_batch_gives_400(string body, string code)
    {
        var response = await server.Client.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
    }

    [Fact]
    public async Task Batch_runs_mutations_in_order()
    {
        var body = """[{"query":"mutation { increment }"},{"query":"mutation { increment }"}]""";

        var response = await server.Client.PostJsonAsync(body);

        var first = response.Json[0].GetProperty("data").GetProperty("increment").GetInt32();
        var second = response.Json[1].GetProperty("data").GetProperty("increment").GetInt32();
        Assert.True(second > first);
    }

    [Theory]
    [InlineData("""[{"query":"{ ping }"}]""")]
    [InlineData("""{"query":"{ ping }","variables":[{}]}""")]
    public async Task Batching_can_be_turned_off(string body)
    {
        var response = await server.Client.PostJsonAsync(body, path: "/strict");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.FirstErrorCode, new[] { HttpErrorCodes.BatchingNotAllowed, HttpErrorCodes.InvalidParameter });
    }
}
