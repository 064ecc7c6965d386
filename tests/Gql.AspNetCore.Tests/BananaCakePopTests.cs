using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gql.AspNetCore.Tests;

public sealed partial class BananaCakePopTests(TransportServerFixture server) : IClassFixture<TransportServerFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task Browser_gets_the_ide_page(string path)
    {
        var page = await GetAsync(path, BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.Contains("<base href=\"/graphql/\"/>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ide_scripts_and_styles_are_served_below_the_path()
    {
        var html = await (await GetAsync("/graphql", BrowserAccept)).Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).ToList();

        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            using var response = await GetAsync("/graphql/" + asset, "*/*");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var expected = asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, asset);
        }
    }

    [Fact]
    public async Task Ide_config_points_at_the_endpoint()
    {
        using var response = await GetAsync("/graphql/bcp-config.json", "*/*");
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.Equal("graphql-transport-ws", config.GetProperty("subscriptionProtocol").GetString());
    }

    [Fact]
    public async Task Unknown_ide_file_is_404()
    {
        using var response = await GetAsync("/graphql/static/js/missing.js", "*/*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Sdl_request_from_a_browser_still_gets_the_sdl()
    {
        using var response = await GetAsync("/graphql?sdl", BrowserAccept);

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("type Query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_query_from_a_browser_is_executed()
    {
        using var response = await GetAsync("/graphql?query=" + Uri.EscapeDataString("{ hello }"), BrowserAccept);

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Non_browser_get_without_query_keeps_the_http_answer()
    {
        using var response = await GetAsync("/graphql", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Disabled_ide_is_not_served()
    {
        using var page = await GetAsync("/plain", BrowserAccept);
        using var file = await GetAsync("/plain/bcp-config.json", "*/*");

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await server.Client.SendAsync(request);
    }

    [GeneratedRegex("""(?:src|href)="(?<path>static/[^"]+)""")]
    private static partial Regex AssetReference();
}
