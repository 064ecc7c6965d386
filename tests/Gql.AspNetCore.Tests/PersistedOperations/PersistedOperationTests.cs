using System.Net;

namespace Gql.AspNetCore.Tests;

public sealed class PersistedOperationTests(PersistedOperationServerFixture server) : IClassFixture<PersistedOperationServerFixture>
{
    private const string Json = "application/json";
    private const string ResponseJson = HttpClientExtensions.GraphQLResponseJson;

    private static string Apq(string hash, string? query = null)
        => query is null
            ? $$$$"""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{{{hash}}}}"}}}"""
            : $$$$"""{"query":"{{{{query}}}}","extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{{{hash}}}}"}}}""";

    [Theory]
    [InlineData(Json)]
    [InlineData(ResponseJson)]
    public async Task Apq_hash_only_for_an_unknown_document_is_PersistedQueryNotFound_with_200(string accept)
    {
        var hash = PersistedDocumentIds.Sha256Of("{ hello __typename }" + accept);

        var response = await server.Client.PostJsonAsync(Apq(hash), accept, "/apq");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.NotFound, response.FirstErrorCode);
        Assert.Equal("PersistedQueryNotFound", response.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Apq_hash_with_query_registers_the_document_then_the_hash_alone_runs_it()
    {
        const string query = "{ hello __typename }";
        var hash = PersistedDocumentIds.Sha256Of(query);

        var register = await server.Client.PostJsonAsync(Apq(hash, query), ResponseJson, "/apq");
        var byHash = await server.Client.PostJsonAsync(Apq(hash), ResponseJson, "/apq");

        Assert.Equal(HttpStatusCode.OK, register.Status);
        Assert.Equal("world", register.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(HttpStatusCode.OK, byHash.Status);
        Assert.Equal("Query", byHash.Json.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Apq_hash_that_does_not_match_the_query_is_refused_and_not_saved()
    {
        var wrongHash = PersistedDocumentIds.Sha256Of("{ other }");

        var response = await server.Client.PostJsonAsync(Apq(wrongHash, "{ hello }"), ResponseJson, "/apq");
        var later = await server.Client.PostJsonAsync(Apq(wrongHash), ResponseJson, "/apq");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.HashMismatch, response.FirstErrorCode);
        Assert.False(response.HasData);
        Assert.Equal(PersistedOperationErrorCodes.NotFound, later.FirstErrorCode);
    }

    [Fact]
    public async Task Apq_accepts_an_upper_case_hash()
    {
        const string query = "{ hello }";
        var hash = PersistedDocumentIds.Sha256Of(query).ToUpperInvariant();

        var response = await server.Client.PostJsonAsync(Apq(hash, query), ResponseJson, "/apq");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Apq_registered_mutation_is_refused_over_get_and_not_executed()
    {
        const string mutation = "mutation { increment }";
        var hash = PersistedDocumentIds.Sha256Of(mutation);
        await server.Client.PostJsonAsync(Apq(hash, mutation), ResponseJson, "/apq");
        var before = server.Counter.Value;
        var extensions = Uri.EscapeDataString($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""");

        var response = await server.Client.GetAsync($"/apq?extensions={extensions}", ResponseJson);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(HttpErrorCodes.MethodNotAllowed, response.FirstErrorCode);
        Assert.Equal(before, server.Counter.Value);
    }

    [Theory]
    [InlineData("documentId")]
    [InlineData("id")]
    public async Task Trusted_document_runs_by_id_over_post(string parameter)
    {
        var id = PersistedDocumentIds.Sha256Of(PersistedOperationServerFixture.HelloQuery);

        var response = await server.Client.PostJsonAsync($$"""{"{{parameter}}":"{{id}}"}""", ResponseJson, "/trusted");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Trusted_document_runs_by_id_over_get_with_the_sha256_prefix()
    {
        var id = "sha256:" + PersistedDocumentIds.Sha256Of(PersistedOperationServerFixture.HelloQuery);

        var response = await server.Client.GetAsync("/trusted?documentId=" + Uri.EscapeDataString(id), ResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Trusted_mutation_by_id_over_get_is_405_and_not_executed()
    {
        var before = server.Counter.Value;

        var response = await server.Client.GetAsync("/trusted?id=increment", ResponseJson);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal(before, server.Counter.Value);
    }

    [Fact]
    public async Task Trusted_mutation_by_id_over_post_runs()
    {
        var before = server.Counter.Value;

        var response = await server.Client.PostJsonAsync("""{"id":"increment"}""", ResponseJson, "/trusted");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(server.Counter.Value > before);
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(ResponseJson, HttpStatusCode.BadRequest)]
    public async Task Unknown_trusted_id_is_PERSISTED_QUERY_NOT_FOUND(string accept, HttpStatusCode status)
    {
        var response = await server.Client.PostJsonAsync("""{"documentId":"unknown"}""", accept, "/trusted");

        Assert.Equal(status, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.NotFound, response.FirstErrorCode);
        Assert.Contains("'unknown'", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_persisted_mode_refuses_text_that_is_not_stored_and_does_not_execute_it()
    {
        var before = server.Counter.Value;

        var response = await server.Client.PostJsonAsync("""{"query":"mutation { increment } "}""", ResponseJson, "/trusted");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.DocumentRequired, response.FirstErrorCode);
        Assert.False(response.HasData);
        Assert.Equal(before, server.Counter.Value);
    }

    [Fact]
    public async Task Only_persisted_mode_refuses_apq_registration()
    {
        const string query = "{ __typename }";

        var response = await server.Client.PostJsonAsync(Apq(PersistedDocumentIds.Sha256Of(query), query), ResponseJson, "/trusted");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.DocumentRequired, response.FirstErrorCode);
        Assert.False(File.Exists(Path.Combine(server.Directory, PersistedDocumentIds.Sha256Of(query) + ".graphql")));
    }

    [Fact]
    public async Task Only_persisted_mode_accepts_the_text_of_a_stored_document_when_the_body_is_allowed()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"{ hello }"}""", ResponseJson, "/trusted");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Id_with_text_that_differs_from_the_stored_document_is_a_mismatch()
    {
        var id = PersistedDocumentIds.Sha256Of(PersistedOperationServerFixture.HelloQuery);

        var response = await server.Client.PostJsonAsync($$"""{"id":"{{id}}","query":"mutation { increment }"}""", ResponseJson, "/trusted");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.HashMismatch, response.FirstErrorCode);
    }

    [Fact]
    public async Task Manifest_documents_run_by_id_with_or_without_prefix()
    {
        var hash = PersistedDocumentIds.Sha256Of(PersistedOperationServerFixture.ManifestQuery);

        var plain = await server.Client.PostJsonAsync($$"""{"documentId":"{{hash}}"}""", ResponseJson, "/manifest");
        var prefixed = await server.Client.PostJsonAsync($$"""{"documentId":"sha256:{{hash}}","operationName":"Greeting"}""", ResponseJson, "/manifest");

        Assert.Equal("world", plain.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("world", prefixed.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Manifest_without_document_body_refuses_even_the_stored_text()
    {
        var response = await server.Client.PostJsonAsync($$"""{"query":"{{PersistedOperationServerFixture.ManifestQuery}}"}""", ResponseJson, "/manifest");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.DocumentRequired, response.FirstErrorCode);
    }

    [Fact]
    public async Task Batch_items_are_resolved_one_by_one()
    {
        var id = PersistedDocumentIds.Sha256Of(PersistedOperationServerFixture.HelloQuery);

        var response = await server.Client.PostJsonAsync($$"""[{"id":"{{id}}"},{"id":"missing"}]""", ResponseJson, "/trusted");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Json[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(PersistedOperationErrorCodes.NotFound, response.Json[1].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
