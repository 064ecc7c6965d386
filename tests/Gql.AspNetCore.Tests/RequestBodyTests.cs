using System.Net;
using System.Text;

namespace Gql.AspNetCore.Tests;

public sealed class RequestBodyTests(GraphQLServerFixture server) : IClassFixture<GraphQLServerFixture>
{
    [Theory]
    [InlineData("application/json")]
    [InlineData(HttpClientExtensions.GraphQLResponseJson)]
    public async Task Malformed_json_gives_400(string accept)
    {
        var response = await server.Client.PostJsonAsync("""{ "query": "{ hello }" """, accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpErrorCodes.InvalidJson, response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Empty_body_gives_400()
    {
        var response = await server.Client.PostJsonAsync("");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpErrorCodes.InvalidJson, response.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("""{"query":null}""")]
    public async Task Missing_query_gives_400(string body)
    {
        var response = await server.Client.PostJsonAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpErrorCodes.MissingQuery, response.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":{"a":1}}""")]
    [InlineData("""{"query":["{ hello }"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":false}""")]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""")]
    [InlineData("""{"query":"{ hello }","variables":0}""")]
    [InlineData("""{"query":"{ hello }","extensions":[]}""")]
    [InlineData("""{"query":"{ hello }","extensions":"x"}""")]
    [InlineData("""42""")]
    [InlineData("""null""")]
    public async Task Parameters_of_the_wrong_type_give_400(string body)
    {
        var response = await server.Client.PostJsonAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpErrorCodes.InvalidParameter, response.FirstErrorCode);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Null_optional_parameters_are_allowed(string parameter)
    {
        var response = await server.Client.PostJsonAsync($$"""{"query":"{ hello }","{{parameter}}":null}""", HttpClientExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Json.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Variables_and_operation_name_are_used()
    {
        var body = """{"query":"query A { hello } query B($n: String!) { hello(name: $n) }","operationName":"B","variables":{"n":"Ada"},"extensions":{"x":1}}""";

        var response = await server.Client.PostJsonAsync(body);

        Assert.Equal("Hello, Ada!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("""{"id":"unknown-document"}""")]
    [InlineData("""{"documentId":"unknown-document"}""")]
    public async Task Unknown_document_id_is_a_request_error(string body)
    {
        var response = await server.Client.PostJsonAsync(body, HttpClientExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", response.FirstErrorCode);
    }

    [Fact]
    public async Task Body_over_the_limit_with_content_length_gives_413()
    {
        var body = """{"query":"{ hello }","extensions":{"pad":" """ + new string('x', (int)GraphQLServerFixture.MaxRequestSize) + "\"}}";

        var response = await server.Client.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(HttpErrorCodes.RequestTooLarge, response.FirstErrorCode);
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_gives_413()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"{ hello }","extensions":{"pad":" """ + new string('x', (int)GraphQLServerFixture.MaxRequestSize) + "\"}}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new UnknownLengthStream(body)) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await server.Client.SendWithAcceptAsync(request, null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task Body_under_the_limit_is_accepted()
    {
        var body = """{"query":"{ hello }","extensions":{"pad":" """ + new string('x', (int)GraphQLServerFixture.MaxRequestSize / 2) + "\"}}";

        var response = await server.Client.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }
}
