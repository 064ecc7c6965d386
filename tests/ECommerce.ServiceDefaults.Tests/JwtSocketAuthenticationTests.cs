using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ECommerce.ServiceDefaults.Tests;

/// <summary>GraphQL over WebSocket with the JWT in the connection_init payload (what browsers must do).</summary>
public sealed class JwtSocketAuthenticationTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private WebApplication _app = null!;
    private Uri _socketUri = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString("type Query { whoAmI: String }")
            .AddResolver("Query", "whoAmI", context => new ValueTask<object?>(
                (context.ContextData[ContextDataKeys.ClaimsPrincipal] as ClaimsPrincipal)?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous"))
            .AddJwtSocketAuthentication();
        _app = builder.Build();
        _app.MapDefaultEndpoints();
        _app.MapGraphQL();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _socketUri = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql");
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("Authorization", "Bearer {0}")]
    [InlineData("authorization", "Bearer {0}")]
    [InlineData("token", "{0}")]
    public async Task A_token_in_the_init_payload_is_the_user_of_the_connection(string key, string format)
    {
        // Arrange
        var token = _app.Services.GetRequiredService<JwtTokenService>().CreateToken("user-42", [Roles.Customer]);
        using var socket = await ConnectAsync();

        // Act
        await SendAsync(socket, JsonSerializer.Serialize(new { type = "connection_init", payload = new Dictionary<string, string> { [key] = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, token) } }));
        var ack = await ReceiveAsync(socket);
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ whoAmI }"}}""");
        var next = await ReceiveAsync(socket);

        // Assert
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        Assert.Equal("""{"data":{"whoAmI":"user-42"}}""", next.GetProperty("payload").GetRawText());
    }

    [Fact]
    public async Task Without_a_token_the_connection_is_anonymous()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, """{"type":"connection_init","payload":{}}""");
        await ReceiveAsync(socket);
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ whoAmI }"}}""");
        var next = await ReceiveAsync(socket);

        Assert.Equal("""{"data":{"whoAmI":"anonymous"}}""", next.GetProperty("payload").GetRawText());
    }

    [Fact]
    public async Task An_invalid_token_closes_the_socket_with_4403()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, """{"type":"connection_init","payload":{"Authorization":"Bearer not.a.token"}}""");
        using var timeout = new CancellationTokenSource(Bound);
        var result = await socket.ReceiveAsync(new byte[1024], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4403, (int)result.CloseStatus!.Value);
    }

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(Bound);
        await socket.ConnectAsync(_socketUri, timeout.Token);
        return socket;
    }

    private static async Task SendAsync(ClientWebSocket socket, string text)
    {
        using var timeout = new CancellationTokenSource(Bound);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Bound);
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }
}
