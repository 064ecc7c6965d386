using System.Net;

namespace Gql.AspNetCore.Tests;

public sealed class StatusCodeTests(GraphQLServerFixture server) : IClassFixture<GraphQLServerFixture>
{
    private const string Json = "application/json";
    private const string GraphQLResponseJson = HttpClientExtensions.GraphQLResponseJson;

    public static TheoryData<string, string> RequestErrors => new()
    {
        { """{"query":"{ hello"}""", "GRAPHQL_PARSE_FAILED" },
        { """{"query":"{ unknownField }"}""", "GRAPHQL_VALIDATION_FAILED" },
        { """{"query":"query($a: Int!) { add(a: $a, b: 1) }","variables":{"a":"not a number"}}""", "BAD_USER_INPUT" },
        { """{"query":"query($a: Int!) { add(a: $a, b: 1) }"}""", "BAD_USER_INPUT" },
        { """{"query":"query A { hello } query B { hello }","operationName":"C"}""", "OPERATION_NOT_FOUND" },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_errors_give_400_without_data_for_graphql_response_json(string body, string code)
    {
        var response = await server.Client.PostJsonAsync(body, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.False(response.HasData);
        Assert.Equal(code, response.FirstErrorCode);
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_errors_give_200_for_application_json(string body, string code)
    {
        var response = await server.Client.PostJsonAsync(body, Json);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(code, response.FirstErrorCode);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Field_errors_give_200_with_data_and_errors(string accept)
    {
        var response = await server.Client.PostJsonAsync("""{"query":"{ hello fail }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var data = response.Json.GetProperty("data");
        Assert.Equal("Hello, world!", data.GetProperty("hello").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("fail").ValueKind);
        Assert.Equal("fail", response.Json.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/graphql")]
    [InlineData(null)]
    public async Task Post_without_a_json_content_type_gives_415(string? contentType)
    {
        var countBefore = server.Counter.Value;

        var response = await server.Client.PostRawAsync("""{"query":"mutation { increment }"}""", contentType, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(HttpErrorCodes.UnsupportedMediaType, response.FirstErrorCode);
        Assert.Equal(countBefore, server.Counter.Value);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON;Charset=\"UTF-8\"")]
    public async Task Post_with_json_content_type_variants_is_accepted(string contentType)
    {
        var response = await server.Client.PostRawAsync("""{"query":"{ hello }"}""", contentType);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_give_405_with_allow_header(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("{}") };

        var response = await server.Client.SendWithAcceptAsync(request, null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET, POST", response.Allow);
        Assert.Equal(HttpErrorCodes.MethodNotAllowed, response.FirstErrorCode);
    }

    [Fact]
    public async Task Mutation_over_get_gives_405_and_does_not_run()
    {
        var countBefore = server.Counter.Value;

        var response = await server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { increment }"), GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal(countBefore, server.Counter.Value);
    }

    [Fact]
    public async Task Mutation_selected_by_operation_name_over_get_gives_405()
    {
        var query = Uri.EscapeDataString("query Q { hello } mutation M { increment }");

        var response = await server.Client.GetAsync($"/graphql?query={query}&operationName=M", Json);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task Mutation_over_post_runs()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"mutation { increment }"}""", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Json.GetProperty("data").GetProperty("increment").GetInt32() >= 1);
    }

    [Fact]
    public async Task Subscription_over_plain_http_gives_400()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"subscription { ticks }"}""", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpErrorCodes.StreamingNotSupported, response.FirstErrorCode);
    }
}
