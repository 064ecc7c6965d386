using System.Net;
using System.Net.Sockets;

namespace ECommerce.Testing;

/// <summary>Free TCP ports on the loopback interface.</summary>
public static class FreeTcpPort
{
    /// <summary>A port nothing listens on right now (the OS picks it; callers retry on the rare race).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>True when something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static bool IsListening(int port)
    {
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
