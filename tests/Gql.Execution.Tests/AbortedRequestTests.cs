using Gql.Types;
using Microsoft.Extensions.DependencyInjection;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>An aborted request (client gone, timeout) ends only after the resolvers it started have.</summary>
public sealed class AbortedRequestTests : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ServiceProvider _root = new ServiceCollection()
        .AddSingleton<ProbeLog>()
        .AddScoped<ScopedProbe>()
        .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

    private int _sequence;
    private int _resolverFinishedAt;
    private bool _probeDisposedWhenResolverUsedIt;

    public ValueTask DisposeAsync() => _root.DisposeAsync();

    [Fact]
    public async Task A_cancelled_request_returns_after_its_running_resolvers_and_before_its_scope_is_disposed()
    {
        // Arrange: a resolver that keeps using a scoped service for a while after the cancellation.
        var executor = new RequestExecutor(SlowSchema());
        var scope = _root.CreateAsyncScope();
        using var cancellation = new CancellationTokenSource();
        var returnedAt = 0;
        var executing = executor.ExecuteAsync(new GraphQLRequest("{ fast slow }") { Services = scope.ServiceProvider }, cancellation.Token);
        var ended = executing.ContinueWith(
            async _ =>
            {
                returnedAt = Interlocked.Increment(ref _sequence);
                await scope.DisposeAsync();
            },
            TaskScheduler.Default).Unwrap();
        await _started.Task.WaitAsync(Bound);

        // Act
        await cancellation.CancelAsync();
        await ended.WaitAsync(Bound);

        // Assert
        Assert.True(executing.IsCanceled || executing.IsFaulted || executing.IsCompletedSuccessfully);
        Assert.NotEqual(0, _resolverFinishedAt);
        Assert.True(_resolverFinishedAt < returnedAt, $"the request returned ({returnedAt}) before its resolver finished ({_resolverFinishedAt})");
        Assert.False(_probeDisposedWhenResolverUsedIt);
    }

    [Fact]
    public async Task A_timed_out_request_answers_after_its_running_resolvers()
    {
        // Arrange
        var executor = new RequestExecutor(SlowSchema(), new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });
        await using var scope = _root.CreateAsyncScope();

        // Act
        var result = await executor.ExecuteAsync(new GraphQLRequest("{ fast slow }") { Services = scope.ServiceProvider }).WaitAsync(Bound);
        var returnedAt = Interlocked.Increment(ref _sequence);

        // Assert
        Assert.Contains("TIMEOUT", Assert.IsType<ExecutionResult>(result).ToJson());
        Assert.NotEqual(0, _resolverFinishedAt);
        Assert.True(_resolverFinishedAt < returnedAt);
        Assert.False(_probeDisposedWhenResolverUsedIt);
    }

    private Schema SlowSchema() => Schema(
        "type Query { fast: Int slow: Int }",
        b => b
            .AddResolver("Query", "fast", Sync(_ => 1))
            .AddResolver("Query", "slow", async c =>
            {
                var probe = c.Service<ScopedProbe>();
                _started.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, c.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // Like a resolver finishing its database call after the abort: it still needs its services.
                    for (var i = 0; i < 20; i++)
                    {
                        await Task.Yield();
                        await Task.Delay(1, CancellationToken.None);
                    }
                }

                _probeDisposedWhenResolverUsedIt = probe.IsDisposed;
                _resolverFinishedAt = Interlocked.Increment(ref _sequence);
                return 2;
            }));
}
