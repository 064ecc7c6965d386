namespace Gql.AspNetCore.Instrumentation;

/// <summary>The scope returned when nothing is recorded.</summary>
internal sealed class NoopScope : IDisposable
{
    public static NoopScope Instance { get; } = new();

    public void Dispose()
    {
    }
}
