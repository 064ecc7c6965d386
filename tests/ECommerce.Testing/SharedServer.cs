namespace ECommerce.Testing;

/// <summary>One server for all fixtures of a test assembly that use it at the same time: started by the first
/// <see cref="AcquireAsync"/>, stopped when the last user releases it.</summary>
internal sealed class SharedServer<TServer>(Func<Task<TServer>> start)
    where TServer : class, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private TServer? server;
    private int users;

    public async Task<TServer> AcquireAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            server ??= await start().ConfigureAwait(false);
            users++;
            return server;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task ReleaseAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (--users == 0 && server is not null)
            {
                var stopping = server;
                server = null;
                await stopping.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
