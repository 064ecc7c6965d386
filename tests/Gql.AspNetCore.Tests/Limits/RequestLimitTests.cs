using System.Net;
using Gql.Language;

namespace Gql.AspNetCore.Tests;

public sealed class RequestLimitTests(RequestLimitServerFixture server) : IClassFixture<RequestLimitServerFixture>
{
    private const string ResponseJson = HttpClientExtensions.GraphQLResponseJson;

    [Fact]
    public async Task Operation_within_the_depth_limit_runs()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"{ node { child { name } } }"}""", ResponseJson, "/limited");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("n", response.Json.GetProperty("data").GetProperty("node").GetProperty("child").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Operation_deeper_than_the_limit_is_refused_with_400()
    {
        var response = await server.Client.PostJsonAsync(
            """{"query":"query Deep { ...F } fragment F on Query { node { child { child { name } } } }"}""", ResponseJson, "/limited");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_EXECUTION_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.Contains("execution depth of 4", response.Body, StringComparison.Ordinal);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Introspection_is_refused_when_disabled()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"{ __schema { queryType { name } } }"}""", ResponseJson, "/limited");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INTROSPECTION_NOT_ALLOWED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Typename_stays_allowed_when_introspection_is_disabled()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"{ __typename }"}""", ResponseJson, "/limited");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Json.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Allow_introspection_undoes_disable_introspection()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"{ __type(name: \"Node\") { name } }"}""", ResponseJson, "/open");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Node", response.Json.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Slow_request_ends_with_a_TIMEOUT_error_and_the_resolver_is_cancelled()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"{ slow }"}""", ResponseJson, "/slow");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(ErrorCodes.Timeout, response.FirstErrorCode);
        Assert.Contains("timeout", response.Body, StringComparison.OrdinalIgnoreCase);
        await server.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Slow_request_with_application_json_is_200_with_the_TIMEOUT_error()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"{ slow }"}""", "application/json", "/slow");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(ErrorCodes.Timeout, response.FirstErrorCode);
    }

    [Fact]
    public async Task Body_over_the_size_limit_is_413()
    {
        var padding = new string(' ', (int)RequestLimitServerFixture.MaxRequestSize);

        var response = await server.Client.PostJsonAsync("""{"query":"{ __typename }""" + padding + "\"}", ResponseJson, "/limited");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(HttpErrorCodes.RequestTooLarge, response.FirstErrorCode);
    }
}
