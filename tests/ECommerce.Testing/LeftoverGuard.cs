using System.Collections.Concurrent;

namespace ECommerce.Testing;

/// <summary>Stops servers that were never disposed (a test run aborted half-way) when the test process exits,
/// so no PostgreSQL or Redis outlives the run.</summary>
internal static class LeftoverGuard
{
    private static readonly ConcurrentDictionary<IAsyncDisposable, byte> Live = new();

    static LeftoverGuard() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

    public static void Register(IAsyncDisposable server) => Live.TryAdd(server, 0);

    public static void Unregister(IAsyncDisposable server) => Live.TryRemove(server, out _);

    private static void StopAll()
    {
        foreach (var server in Live.Keys)
        {
            server.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(20));
        }
    }
}
