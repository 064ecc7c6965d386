using System.Diagnostics;
using System.Globalization;

namespace ECommerce.Testing;

/// <summary>A throwaway Redis server on a free loopback port, in a temp folder that
/// <see cref="DisposeAsync"/> deletes after stopping the server. <see cref="RestartAsync"/> stops and starts it
/// again on the same port with the same data (append-only file), so clients can be tested for reconnecting.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly TemporaryDirectory root;
    private readonly string program;
    private readonly SemaphoreSlim gate = new(1, 1);
    private Process? process;
    private int disposed;

    private RedisServer(TemporaryDirectory root, string program, int port)
    {
        this.root = root;
        this.program = program;
        Port = port;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string: "127.0.0.1:PORT".</summary>
    public string Configuration => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    public string DataDirectory => root.Path;

    public bool IsRunning => process is { HasExited: false };

    public static Task<RedisServer> StartAsync(CancellationToken cancellationToken = default) => StartAsync(FreeTcpPort.Next, cancellationToken);

    /// <summary>Starts a server on the port <paramref name="choosePort"/> gives, and on the next one it gives when
    /// that port was taken (by any other program, or another Redis) between choosing and binding it.</summary>
    public static async Task<RedisServer> StartAsync(Func<int> choosePort, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(choosePort);
        var program = ServerBinaries.RedisServer();
        var root = TemporaryDirectory.Create("ecommerce-redis");
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(root, program, choosePort());
            LeftoverGuard.Register(server);
            try
            {
                await server.StartProcessAsync(cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (TestServerException) when (attempt < StartAttempts)
            {
                // Another process may have taken the free port between choosing and binding it.
                await server.StopProcessAsync().ConfigureAwait(false);
                LeftoverGuard.Unregister(server);
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>Shuts the server down (saving its data) and waits until it has exited; clients see it go away.</summary>
    public async Task StopAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await StopProcessAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Stops the server if it runs and starts it again on the same port with the same data.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) == 1, this);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StopProcessAsync().ConfigureAwait(false);
            await StartProcessAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        LeftoverGuard.Unregister(this);
        await StopProcessAsync().ConfigureAwait(false);
        root.Delete();
        gate.Dispose();
    }

    private string LogFile => Path.Combine(root.Path, "redis.log");

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", Host, "--protected-mode", "yes",
            "--dir", root.Path, "--logfile", LogFile, "--daemonize", "no",
            "--save", string.Empty, "--appendonly", "yes", "--appendfsync", "no",
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var started = new Process { StartInfo = startInfo };
        started.OutputDataReceived += (_, _) => { };
        started.ErrorDataReceived += (_, _) => { };
        started.Start();
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;

        // Ready when the server on the port is this one (its data folder): a PONG alone may come from
        // another Redis that took the port first, while this one exits for want of it.
        await Poll.UntilAsync(
            async () => started.HasExited || IsDataDirectory(await RespConnection.ConfigValueAsync(Port, "dir", cancellationToken).ConfigureAwait(false)),
            ReadyTimeout,
            $"redis-server on port {Port}",
            cancellationToken).ConfigureAwait(false);
        if (started.HasExited)
        {
            throw new TestServerException($"redis-server exited at start-up: {LastLogLine()} (log: {LogFile})");
        }
    }

    // Redis reports its folder with links resolved; the folder's own name is unique.
    private bool IsDataDirectory(string? dir)
        => dir is not null && Path.GetFileName(dir.TrimEnd('/')) == Path.GetFileName(root.Path.TrimEnd('/'));

    private async Task StopProcessAsync()
    {
        var running = process;
        if (running is null)
        {
            return;
        }

        process = null;
        if (!running.HasExited)
        {
            await RespConnection.SendAsync(Port, ["SHUTDOWN"], CancellationToken.None).ConfigureAwait(false);
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await running.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                running.Kill();
                await running.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        running.Dispose();
    }

    private string LastLogLine() =>
        File.Exists(LogFile)
            ? File.ReadLines(LogFile).LastOrDefault(line => !string.IsNullOrWhiteSpace(line)) ?? "(empty log)"
            : "(no log)";
}
