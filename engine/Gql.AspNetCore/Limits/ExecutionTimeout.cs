using System.Diagnostics;
using Gql.Execution;
using Gql.Language;

namespace Gql.AspNetCore;

/// <summary>
/// Enforces <see cref="RequestExecutorOptions.ExecutionTimeout"/> for the HTTP transport: the executor
/// turns a resolver cancelled by its timeout into a field error, so a request whose timeout fired is
/// answered with one request-level <c>TIMEOUT</c> error instead of partial data.
/// </summary>
internal static class ExecutionTimeout
{
    public static async Task<IExecutionResult> ExecuteAsync(RequestExecutor executor, GraphQLRequest request, CancellationToken requestAborted)
    {
        if (executor.Options.ExecutionTimeout is not { } timeout)
        {
            return await executor.ExecuteAsync(request, requestAborted).ConfigureAwait(false);
        }

        var started = Stopwatch.GetTimestamp();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeoutSource.CancelAfter(timeout);
        IExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(request, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            // The executor only converts its own timer's cancellation; this one surfaces as an exception.
            return TimedOut(timeout);
        }

        // The executor's own timer may fire a moment before this one: the elapsed time decides too.
        if (result is ExecutionResult { Errors.Count: > 0 }
            && !requestAborted.IsCancellationRequested
            && (timeoutSource.IsCancellationRequested || Stopwatch.GetElapsedTime(started) >= timeout))
        {
            return TimedOut(timeout);
        }

        return result;
    }

    public static ExecutionResult TimedOut(TimeSpan timeout)
        => ExecutionResult.FromError(GraphQLError.WithCode(
            $"The request exceeded the configured timeout of `{timeout}`.", ErrorCodes.Timeout));
}
