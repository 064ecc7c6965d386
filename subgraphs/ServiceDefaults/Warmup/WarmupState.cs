namespace ECommerce.ServiceDefaults.Warmup;

/// <summary>What the start-up warm-up has done so far (read by the readiness check and by tests).</summary>
public sealed class WarmupState
{
    private readonly List<string> _failures = [];
    private volatile bool _completed;

    /// <summary>True once every step has run (or failed); the service may then report ready.</summary>
    public bool IsCompleted => _completed;

    /// <summary>The step running now, for the readiness report while the service warms up.</summary>
    public string? CurrentStep { get; private set; }

    /// <summary>"step: reason" for each step that failed.</summary>
    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_failures)
            {
                return [.. _failures];
            }
        }
    }

    /// <summary>How long the whole warm-up took.</summary>
    public TimeSpan Duration { get; private set; }

    internal void Starting(string step) => CurrentStep = step;

    internal void Failed(string step, string reason)
    {
        lock (_failures)
        {
            _failures.Add($"{step}: {reason}");
        }
    }

    internal void Complete(TimeSpan duration)
    {
        Duration = duration;
        CurrentStep = null;
        _completed = true;
    }
}
