using System.Diagnostics;
using ECommerce.Testing;

namespace ECommerce.Testing.Tests;

/// <summary>./run.sh started in the background with its settings in environment variables (inherited ECOMMERCE_*
/// settings are removed first), its output collected line by line.</summary>
internal sealed class RunScript : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly List<string> output = [];
    private readonly List<string> errors = [];

    private RunScript(Process process) => this.process = process;

    public int ExitCode => process.ExitCode;

    public int Id => process.Id;

    public IReadOnlyList<string> ErrorLines
    {
        get
        {
            lock (output)
            {
                return errors.Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
            }
        }
    }

    public string AllOutput
    {
        get
        {
            lock (output)
            {
                return string.Join('\n', output.Concat(errors));
            }
        }
    }

    public static RunScript Start(IReadOnlyDictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Find(),
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryRoot.Find(), "run.sh"));
        foreach (var inherited in startInfo.Environment.Keys.Where(key => key.StartsWith("ECOMMERCE_", StringComparison.Ordinal)).ToList())
        {
            startInfo.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var script = new RunScript(new Process { StartInfo = startInfo });
        script.process.OutputDataReceived += (_, e) => script.Add(script.output, e.Data);
        script.process.ErrorDataReceived += (_, e) => script.Add(script.errors, e.Data);
        script.process.Start();
        script.process.StandardInput.Close();
        script.process.BeginOutputReadLine();
        script.process.BeginErrorReadLine();
        return script;
    }

    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        try
        {
            await Poll.UntilAsync(
                () => process.HasExited || AllOutput.Contains("run.sh: ready", StringComparison.Ordinal),
                timeout ?? StartTimeout,
                "run.sh to print its ready line");
        }
        catch (TimeoutException exception)
        {
            throw new InvalidOperationException($"run.sh did not get ready. Its output:\n{AllOutput}", exception);
        }

        if (process.HasExited)
        {
            throw new InvalidOperationException($"run.sh exited with {process.ExitCode} before it was ready. Its output:\n{AllOutput}");
        }
    }

    /// <summary>Sends a signal (INT, TERM) as Ctrl-C or a service manager would.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await SignalAsync("INT");
            try
            {
                await WaitForExitAsync(StopTimeout);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }

    private void Add(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            lines.Add(line);
        }
    }
}
