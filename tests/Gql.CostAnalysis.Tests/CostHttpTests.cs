using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gql.CostAnalysis.Tests;

public sealed class CostHttpTests(CostServerFixture server) : IClassFixture<CostServerFixture>
{
    private const string ResponseJson = "application/graphql-response+json";

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string body, string accept = ResponseJson, bool report = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (report)
        {
            request.Headers.TryAddWithoutValidation(CostAnalysisCheck.HeaderName, "report");
        }

        using var response = await server.Client.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, json);
    }

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    [Fact]
    public async Task Operation_within_the_limits_runs()
    {
        var (status, body) = await PostAsync("""{"query":"{ books(first: 3) { title author { name } } }"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ada", body.GetProperty("data").GetProperty("books")[0].GetProperty("author").GetProperty("name").GetString());
        Assert.False(body.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task Cost_report_header_adds_the_operation_cost()
    {
        var (status, body) = await PostAsync("""{"query":"{ books(first: 3) { title author { name } } }"}""", report: true);

        Assert.Equal(HttpStatusCode.OK, status);
        var cost = body.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(4, cost.GetProperty("fieldCost").GetInt32());
        Assert.Equal(1 + (3 * 3), cost.GetProperty("typeCost").GetInt32());
    }

    [Fact]
    public async Task Field_cost_over_the_limit_is_refused_with_400_and_not_executed()
    {
        var before = server.ResolverCalls;

        var (status, body) = await PostAsync("""{"query":"{ allBooks { author { name } } }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(CostErrorCodes.MaxFieldCostExceeded, Code(body));
        Assert.Equal(101, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("fieldCost").GetInt32());
        Assert.Equal(50, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("maxFieldCost").GetInt32());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(before, server.ResolverCalls);
    }

    [Fact]
    public async Task Type_cost_over_the_limit_is_refused()
    {
        var (status, body) = await PostAsync("""{"query":"{ authors(limit: 60) { name } }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(CostErrorCodes.MaxTypeCostExceeded, Code(body));
    }

    [Fact]
    public async Task Refusal_with_application_json_is_200()
    {
        var (status, body) = await PostAsync("""{"query":"{ allBooks { author { name } } }"}""", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(CostErrorCodes.MaxFieldCostExceeded, Code(body));
    }

    [Theory]
    [InlineData(100, HttpStatusCode.BadRequest)]
    [InlineData(2, HttpStatusCode.OK)]
    public async Task Variables_of_the_request_size_the_lists(int first, HttpStatusCode expected)
    {
        var (status, _) = await PostAsync($$$"""{"query":"query($n: Int) { books(first: $n) { author { name } } }","variables":{"n":{{{first}}}}}""");

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Missing_slicing_argument_is_refused()
    {
        var (status, body) = await PostAsync("""{"query":"{ books { title } }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(CostErrorCodes.SlicingArgumentRequired, Code(body));
    }

    [Fact]
    public async Task Invalid_document_gets_its_validation_error_not_a_cost_error()
    {
        var (status, body) = await PostAsync("""{"query":"{ allBooks { author { name } } unknownField }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(body));
    }
}
