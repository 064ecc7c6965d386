namespace Gql.AspNetCore.Tests;

public sealed class ContentNegotiationTests(GraphQLServerFixture server) : IClassFixture<GraphQLServerFixture>
{
    private const string HelloQuery = """{"query":"{ hello }"}""";

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("text/html, */*;q=0.1", "application/json")]
    public async Task Post_answers_with_the_negotiated_media_type(string? accept, string expected)
    {
        var response = await server.Client.PostJsonAsync(HelloQuery, accept);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Equal("Hello, world!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    public async Task Unacceptable_accept_header_gives_406(string accept)
    {
        var response = await server.Client.PostJsonAsync(HelloQuery, accept);

        Assert.Equal(System.Net.HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(HttpErrorCodes.NotAcceptable, response.FirstErrorCode);
    }

    [Fact]
    public async Task Response_is_utf8_and_declares_it()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"{ hello(name: \"Zoë 🏃\") }"}""");

        Assert.Equal("Hello, Zoë 🏃!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }
}
