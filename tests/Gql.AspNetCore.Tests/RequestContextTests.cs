using System.Net;
using System.Text;
using Gql.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore.Tests;

public sealed class RequestContextTests(GraphQLServerFixture server) : IClassFixture<GraphQLServerFixture>
{
    [Fact]
    public async Task Scoped_services_come_from_the_http_request()
    {
        const string Body = """{"query":"{ a: requestMarker b: requestMarker }"}""";

        var first = (await server.Client.PostJsonAsync(Body)).Json.GetProperty("data");
        var second = (await server.Client.PostJsonAsync(Body)).Json.GetProperty("data");

        Assert.Equal(first.GetProperty("a").GetString(), first.GetProperty("b").GetString());
        Assert.NotEqual(first.GetProperty("a").GetString(), second.GetProperty("a").GetString());
    }

    [Fact]
    public async Task Claims_principal_is_in_context_data()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ userName }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Test-User", "alice");

        var withUser = await server.Client.SendWithAcceptAsync(request, null);
        var anonymous = await server.Client.PostJsonAsync("""{"query":"{ userName }"}""");

        Assert.Equal("alice", withUser.Json.GetProperty("data").GetProperty("userName").GetString());
        Assert.Equal("anonymous", anonymous.Json.GetProperty("data").GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Http_request_interceptors_run_before_execution()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ tenant }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Tenant", "acme");

        var response = await server.Client.SendWithAcceptAsync(request, null);

        Assert.Equal("acme", response.Json.GetProperty("data").GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task Executor_is_built_once_per_schema()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQLServer().AddDocumentFromString("type Query { a: Int }");
        await using var app = builder.Build();
        var provider = app.Services.GetRequiredService<RequestExecutorProvider>();

        var first = provider.GetExecutor();
        var second = provider.GetExecutor(GraphQLServerDefaults.SchemaName);

        Assert.Same(first, second);
        Assert.Equal("Query", first.Schema.QueryType.Name);
        var result = (ExecutionResult)await first.ExecuteAsync(new GraphQLRequest("{ a }"));
        Assert.Equal("""{"data":{"a":null}}""", result.ToJson());
    }

    [Fact]
    public void Map_without_registration_fails_clearly()
    {
        var builder = WebApplication.CreateSlimBuilder();
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains("AddGraphQLServer", error.Message, StringComparison.Ordinal);
    }
}
