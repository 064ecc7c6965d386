using System.Net;

namespace Gql.AspNetCore.Tests;

public sealed class GetRequestTests(GraphQLServerFixture server) : IClassFixture<GraphQLServerFixture>
{
    [Fact]
    public async Task Get_runs_a_query_with_variables_and_operation_name()
    {
        var query = Uri.EscapeDataString("query A { hello } query B($n: String!) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"Grace"}""");

        var response = await server.Client.GetAsync($"/graphql?query={query}&operationName=B&variables={variables}", HttpClientExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(HttpClientExtensions.GraphQLResponseJson, response.MediaType);
        Assert.Equal("Hello, Grace!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?query=")]
    [InlineData("/graphql?id=some-document")]
    public async Task Get_without_query_gives_400(string pathAndQuery)
    {
        var response = await server.Client.GetAsync(pathAndQuery, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpErrorCodes.MissingQuery, response.FirstErrorCode);
    }

    [Theory]
    [InlineData("variables", "not json")]
    [InlineData("variables", "[1]")]
    [InlineData("extensions", "3")]
    public async Task Get_with_malformed_map_parameter_gives_400(string name, string value)
    {
        var response = await server.Client.GetAsync($"/graphql?query=%7Bhello%7D&{name}={Uri.EscapeDataString(value)}", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpErrorCodes.InvalidParameter, response.FirstErrorCode);
    }

    [Fact]
    public async Task Get_with_a_repeated_parameter_gives_400()
    {
        var response = await server.Client.GetAsync("/graphql?query=%7Bhello%7D&query=%7Badd(a:1,b:1)%7D", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpErrorCodes.InvalidParameter, response.FirstErrorCode);
    }

    [Fact]
    public async Task Get_parse_error_gives_400_for_graphql_response_json()
    {
        var response = await server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ hello"), HttpClientExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Sdl_request_returns_the_printed_schema_as_text()
    {
        using var response = await server.Client.GetAsync(new Uri("/graphql?sdl", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(server.Sdl, text);
        Assert.Contains("increment: Int!", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_and_sdl_can_be_turned_off()
    {
        var get = await server.Client.GetAsync("/strict?query=%7Bping%7D", "application/json");
        var sdl = await server.Client.GetAsync("/strict?sdl", "application/json");
        var post = await server.Client.PostJsonAsync("""{"query":"{ ping }"}""", path: "/strict");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.Status);
        Assert.Equal("POST", get.Allow);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, sdl.Status);
        Assert.Equal("pong", post.Json.GetProperty("data").GetProperty("ping").GetString());
    }
}
