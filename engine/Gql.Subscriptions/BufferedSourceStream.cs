using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Gql.Subscriptions;

/// <summary>
/// A subscriber's bounded buffer: providers write received items (messages, or payloads still to be
/// deserialized) and the reader gets them converted to <typeparamref name="TMessage"/>.
/// </summary>
internal sealed class BufferedSourceStream<TItem, TMessage> : ISourceStream<TMessage>, ITopicSubscriber<TItem>
{
    private readonly Channel<TItem> _buffer;
    private readonly Func<TItem, TMessage> _convert;
    private readonly Func<BufferedSourceStream<TItem, TMessage>, ValueTask> _unsubscribe;
    private int _disposed;
    private int _reading;

    public BufferedSourceStream(
        string topic,
        int capacity,
        TopicBufferFullMode fullMode,
        Func<TItem, TMessage> convert,
        Func<BufferedSourceStream<TItem, TMessage>, ValueTask> unsubscribe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Topic = topic;
        _convert = convert;
        _unsubscribe = unsubscribe;
        _buffer = Channel.CreateBounded<TItem>(new BoundedChannelOptions(capacity)
        {
            FullMode = ToChannelMode(fullMode),
            SingleReader = true,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        });
    }

    public string Topic { get; }

    public Type MessageType => typeof(TMessage);

    public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

    /// <summary>Buffers an item; when the buffer is full the overflow mode decides which item is lost.</summary>
    public void Write(TItem item) => _buffer.Writer.TryWrite(item);

    /// <summary>No more items: the reader gets what is buffered, then the stream ends.</summary>
    public void Complete() => _buffer.Writer.TryComplete();

    public IAsyncEnumerable<TMessage> ReadEventsAsync()
    {
        if (Interlocked.Exchange(ref _reading, 1) == 1)
        {
            throw new InvalidOperationException($"The events of the subscription to topic \"{Topic}\" are already being read; ReadEventsAsync can be called once.");
        }

        return ReadAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _buffer.Writer.TryComplete();
        await _unsubscribe(this).ConfigureAwait(false);
    }

    private async IAsyncEnumerable<TMessage> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = _buffer.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // A disposed subscription stops at once instead of draining what it had buffered.
            while (!IsDisposed && reader.TryRead(out var item))
            {
                yield return _convert(item);
            }

            if (IsDisposed)
            {
                yield break;
            }
        }
    }

    private static BoundedChannelFullMode ToChannelMode(TopicBufferFullMode mode) => mode switch
    {
        TopicBufferFullMode.DropOldest => BoundedChannelFullMode.DropOldest,
        TopicBufferFullMode.DropNewest => BoundedChannelFullMode.DropNewest,
        TopicBufferFullMode.DropWrite => BoundedChannelFullMode.DropWrite,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown buffer overflow mode."),
    };
}
