using System.Runtime.CompilerServices;
using Gql.Language;

namespace Gql.Execution;

/// <summary>
/// The response stream of a subscription (spec section 6.2.3.2, MapSourceToResponseEvent): one
/// <see cref="ExecutionResult"/> per source event. Disposing it, or cancelling the enumeration,
/// stops the source stream.
/// </summary>
public sealed class ResponseStream : IExecutionResult, IAsyncEnumerable<ExecutionResult>, IAsyncDisposable
{
    private readonly IAsyncEnumerable<object?> _source;
    private readonly Func<object?, CancellationToken, ValueTask<SubscriptionEventResult>> _mapEvent;
    private readonly CancellationTokenSource _cancellation;
    private int _disposed;

    public ResponseStream(
        IAsyncEnumerable<object?> source,
        Func<object?, CancellationToken, ValueTask<ExecutionResult>> mapEvent,
        CancellationTokenSource? cancellation = null)
        : this(source, WithoutScope(mapEvent), cancellation)
    {
    }

    /// <summary>Each event's scope is disposed when the consumer asks for the next event or stops: after it wrote the result.</summary>
    internal ResponseStream(
        IAsyncEnumerable<object?> source,
        Func<object?, CancellationToken, ValueTask<SubscriptionEventResult>> mapEvent,
        CancellationTokenSource? cancellation)
    {
        _source = source;
        _mapEvent = mapEvent;
        _cancellation = cancellation ?? new CancellationTokenSource();
    }

    public IReadOnlyList<GraphQLError> Errors => [];

    public async IAsyncEnumerator<ExecutionResult> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cancellation.Token);
        var token = linked.Token;
        await foreach (var sourceEvent in WithCancellation(_source, token).ConfigureAwait(false))
        {
            var mapped = await _mapEvent(sourceEvent, token).ConfigureAwait(false);
            try
            {
                yield return mapped.Result;
            }
            finally
            {
                if (mapped.Scope is { } scope)
                {
                    await scope.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _cancellation.Cancel();
            _cancellation.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static Func<object?, CancellationToken, ValueTask<SubscriptionEventResult>> WithoutScope(
        Func<object?, CancellationToken, ValueTask<ExecutionResult>> mapEvent)
    {
        ArgumentNullException.ThrowIfNull(mapEvent);
        return async (sourceEvent, token) => new SubscriptionEventResult(await mapEvent(sourceEvent, token).ConfigureAwait(false), null);
    }

    private static async IAsyncEnumerable<object?> WithCancellation(
        IAsyncEnumerable<object?> source,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }
}
