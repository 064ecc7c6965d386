namespace Gql.AspNetCore;

/// <summary>One running operation of a socket: its id and the cancellation that stops it.</summary>
internal sealed class SocketOperation(string id, CancellationToken connectionClosed) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);
    private readonly Lock _lock = new();
    private bool _disposed;

    public string Id { get; } = id;

    /// <summary>Read once, before the operation can be disposed.</summary>
    public CancellationToken Token => _cancellation.Token;

    // The client's complete and the connection's close may race with the operation's own end.
    public void Cancel()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _cancellation.Cancel();
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _cancellation.Dispose();
        }
    }
}
