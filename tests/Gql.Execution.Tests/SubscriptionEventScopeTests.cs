using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>Each subscription event runs with its own service scope; the subscribe resolver keeps the request's.</summary>
public sealed class SubscriptionEventScopeTests : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly Channel<object?> _events = Channel.CreateUnbounded<object?>();
    private readonly List<int> _subscribeProbes = [];
    private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ServiceProvider _root = new ServiceCollection()
        .AddSingleton<ProbeLog>()
        .AddScoped<ScopedProbe>()
        .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

    private ProbeLog Log => _root.GetRequiredService<ProbeLog>();

    public ValueTask DisposeAsync() => _root.DisposeAsync();

    [Fact]
    public async Task Each_event_sees_its_own_scoped_services()
    {
        await using var request = _root.CreateAsyncScope();
        var stream = await SubscribeAsync(request.ServiceProvider);
        var results = new List<string>();

        await using (var enumerator = stream.GetAsyncEnumerator())
        {
            for (var i = 0; i < 3; i++)
            {
                await _events.Writer.WriteAsync(i);
                Assert.True(await enumerator.MoveNextAsync().AsTask().WaitAsync(Bound));
                results.Add(enumerator.Current.ToJson());
            }
        }

        // Probe 1 is the request's (the subscribe resolver's); both fields of an event share the event's.
        Assert.Equal([1], _subscribeProbes);
        Assert.Equal(
            [
                """{"data":{"ticks":{"probe":2,"sameProbe":2}}}""",
                """{"data":{"ticks":{"probe":3,"sameProbe":3}}}""",
                """{"data":{"ticks":{"probe":4,"sameProbe":4}}}""",
            ],
            results);
    }

    [Fact]
    public async Task An_event_scope_is_disposed_once_its_result_was_consumed()
    {
        await using var request = _root.CreateAsyncScope();
        var stream = await SubscribeAsync(request.ServiceProvider);
        await using var enumerator = stream.GetAsyncEnumerator();

        await _events.Writer.WriteAsync(0);
        Assert.True(await enumerator.MoveNextAsync().AsTask().WaitAsync(Bound));
        var disposedWhileFirstIsCurrent = Log.Disposed;
        await _events.Writer.WriteAsync(1);
        Assert.True(await enumerator.MoveNextAsync().AsTask().WaitAsync(Bound));
        var disposedWhileSecondIsCurrent = Log.Disposed;
        _events.Writer.Complete();
        Assert.False(await enumerator.MoveNextAsync().AsTask().WaitAsync(Bound));
        var disposedAtTheEnd = Log.Disposed;

        Assert.Empty(disposedWhileFirstIsCurrent);
        Assert.Equal([2], disposedWhileSecondIsCurrent);
        Assert.Equal([2, 3], disposedAtTheEnd);
    }

    [Fact]
    public async Task An_event_cancelled_while_it_runs_disposes_its_scope()
    {
        await using var request = _root.CreateAsyncScope();
        var stream = await SubscribeAsync(request.ServiceProvider, "subscription { ticks { probe waiting } }");
        using var cancellation = new CancellationTokenSource();
        var enumerator = stream.GetAsyncEnumerator(cancellation.Token);

        await _events.Writer.WriteAsync(0);
        var next = enumerator.MoveNextAsync().AsTask();
        await _waiting.Task.WaitAsync(Bound);
        await cancellation.CancelAsync();
        try
        {
            await next.WaitAsync(Bound);
        }
        catch (OperationCanceledException)
        {
            // Depending on where the cancellation meets the event, it ends with an error result or this.
        }

        await enumerator.DisposeAsync();

        Assert.Equal([2], Log.Disposed);
    }

    private async Task<ResponseStream> SubscribeAsync(IServiceProvider services, string query = "subscription { ticks { probe sameProbe: probe } }")
    {
        var schema = Schema(
            """
            type Query { dummy: String }
            type Tick { probe: Int waiting: Int }
            type Subscription { ticks: Tick }
            """,
            b => b
                .AddSubscriber("Subscription", "ticks", c =>
                {
                    _subscribeProbes.Add(c.Service<ScopedProbe>().Number);
                    return new ValueTask<IAsyncEnumerable<object?>>(Read(_events.Reader, c.RequestAborted));
                })
                .AddResolver("Subscription", "ticks", Sync(c => c.ParentValue))
                .AddResolver("Tick", "probe", Sync(c => c.Service<ScopedProbe>().Number))
                .AddResolver("Tick", "waiting", async c =>
                {
                    _waiting.TrySetResult();
                    await Task.Delay(Timeout.Infinite, c.RequestAborted);
                    return null;
                }));
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(query) { Services = services });
        return Assert.IsType<ResponseStream>(result);
    }

    private static async IAsyncEnumerable<object?> Read(ChannelReader<object?> reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in reader.ReadAllAsync(cancellationToken))
        {
            yield return item;
        }
    }
}
