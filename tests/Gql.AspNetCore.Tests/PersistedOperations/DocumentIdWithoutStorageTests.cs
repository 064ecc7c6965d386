using System.Net;

namespace Gql.AspNetCore.Tests;

public sealed class DocumentIdWithoutStorageTests(GraphQLServerFixture server) : IClassFixture<GraphQLServerFixture>
{
    [Fact]
    public async Task Id_sent_with_text_does_not_register_the_text_under_that_id()
    {
        var first = await server.Client.PostJsonAsync("""{"id":"client-chosen-id","query":"{ hello }"}""", HttpClientExtensions.GraphQLResponseJson);

        var byId = await server.Client.PostJsonAsync("""{"id":"client-chosen-id"}""", HttpClientExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, byId.Status);
        Assert.Equal(PersistedOperationErrorCodes.NotFound, byId.FirstErrorCode);
    }

    [Fact]
    public async Task Apq_hash_alone_without_storage_is_PersistedQueryNotSupported_with_200()
    {
        var response = await server.Client.PostJsonAsync(
            """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}""", HttpClientExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.NotSupported, response.FirstErrorCode);
    }

    [Fact]
    public async Task Apq_hash_with_text_without_storage_runs_the_text()
    {
        var response = await server.Client.PostJsonAsync(
            """{"query":"{ hello }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}""", HttpClientExtensions.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, world!", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }
}
