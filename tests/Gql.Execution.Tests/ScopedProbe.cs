namespace Gql.Execution.Tests;

/// <summary>A scoped service: one per DI scope, numbered by <see cref="ProbeLog"/>.</summary>
public sealed class ScopedProbe : IAsyncDisposable
{
    public ScopedProbe(ProbeLog log)
    {
        Number = log.Register(this);
    }

    public int Number { get; }

    public bool IsDisposed { get; private set; }

    public ValueTask DisposeAsync()
    {
        IsDisposed = true;
        return ValueTask.CompletedTask;
    }
}
