using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ECommerce.Testing;

/// <summary>Just enough of the Redis protocol (RESP) to check readiness and shut a server down,
/// independent of the client library under test.</summary>
internal static class RespConnection
{
    /// <summary>Sends one command and returns the first reply line, or null when nothing answers.</summary>
    public static async Task<string?> SendAsync(int port, string[] command, CancellationToken cancellationToken)
        => (await ReplyLinesAsync(port, command, cancellationToken).ConfigureAwait(false))?[0];

    public static async Task<bool> PingAsync(int port, CancellationToken cancellationToken) =>
        await SendAsync(port, ["PING"], cancellationToken).ConfigureAwait(false) == "+PONG";

    /// <summary>The value of one server setting (<c>CONFIG GET name</c>), or null when nothing answers.</summary>
    public static async Task<string?> ConfigValueAsync(int port, string name, CancellationToken cancellationToken)
    {
        // "*2", "$<n>", name, "$<n>", value
        var lines = await ReplyLinesAsync(port, ["CONFIG", "GET", name], cancellationToken).ConfigureAwait(false);
        return lines is { Length: >= 5 } && lines[0] == "*2" ? lines[4] : null;
    }

    /// <summary>The lines of the reply's first packet (small replies), or null when nothing answers.</summary>
    private static async Task<string[]?> ReplyLinesAsync(int port, string[] command, CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await socket.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            await socket.SendAsync(Encode(command), SocketFlags.None, timeout.Token).ConfigureAwait(false);
            var buffer = new byte[4096];
            var received = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token).ConfigureAwait(false);
            return received == 0 ? null : Encoding.UTF8.GetString(buffer, 0, received).Split("\r\n");
        }
        catch (SocketException)
        {
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static byte[] Encode(string[] command)
    {
        var text = new StringBuilder().Append('*').Append(command.Length).Append("\r\n");
        foreach (var part in command)
        {
            text.Append('$').Append(Encoding.UTF8.GetByteCount(part)).Append("\r\n").Append(part).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
