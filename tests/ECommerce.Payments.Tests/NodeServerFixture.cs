using System.Diagnostics;
using System.Globalization;
using System.Text;
using ECommerce.Testing;

namespace ECommerce.Payments.Tests;

/// <summary>
/// A Node.js server from the npm package in stripe-mock/ (installed by ./test.sh with npm ci) on a free loopback port,
/// started for the tests of a class and stopped after them.
/// </summary>
public abstract class NodeServerFixture : IAsyncLifetime
{
    private readonly StringBuilder _output = new();
    private Process? _process;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1:1");

    public static string PackageDirectory => Path.Combine(RepositoryRoot.Find(), "tests", "ECommerce.Payments.Tests", "stripe-mock");

    /// <summary>The script to run, relative to <see cref="PackageDirectory"/>.</summary>
    protected abstract string Script { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        var script = Path.Combine(PackageDirectory, Script);
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing: run `npm ci` in {PackageDirectory} (./test.sh does).");
        }

        var port = FreeTcpPort.Next();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = PackageDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in Arguments(port))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Poll.UntilAsync(() => _process.HasExited || FreeTcpPort.IsListening(port), TimeSpan.FromSeconds(30), $"{Script} listening on {port}");
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"{Script} exited with {_process.ExitCode}: {Output}");
        }

        BaseUrl = new Uri($"http://127.0.0.1:{port}");
    }

    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>Command-line arguments after the script (the port is also in the PORT environment variable).</summary>
    protected virtual IEnumerable<string> Arguments(int port) => [];

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
