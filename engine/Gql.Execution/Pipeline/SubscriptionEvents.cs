using Microsoft.Extensions.DependencyInjection;

namespace Gql.Execution;

/// <summary>
/// ExecuteSubscriptionEvent (spec section 6.2.3.2) for one subscription: each event runs in its own
/// service scope, created from the root provider through the subscription services'
/// <see cref="IServiceScopeFactory"/>, so scoped services (a DbContext, DataLoaders, user services)
/// never carry state from one event to the next; the subscribe resolver keeps the subscription's services.
/// </summary>
internal sealed class SubscriptionEvents(
    RequestExecutor executor,
    CompiledOperation operation,
    IReadOnlyDictionary<string, object?> variables,
    IServiceProvider subscriptionServices,
    IDictionary<string, object?>? contextData)
{
    private readonly IServiceScopeFactory? _scopes = subscriptionServices.GetService(typeof(IServiceScopeFactory)) as IServiceScopeFactory;

    /// <summary>The event's result and its scope, which the caller disposes once the result is written.</summary>
    public async ValueTask<SubscriptionEventResult> ExecuteAsync(object? sourceEvent, CancellationToken cancellationToken)
    {
        if (_scopes is null)
        {
            return new SubscriptionEventResult(await ExecuteAsync(sourceEvent, subscriptionServices, cancellationToken).ConfigureAwait(false), null);
        }

        var scope = _scopes.CreateAsyncScope();
        try
        {
            var services = CombinedServiceProvider.Create(scope.ServiceProvider, executor.Services);
            return new SubscriptionEventResult(await ExecuteAsync(sourceEvent, services, cancellationToken).ConfigureAwait(false), scope);
        }
        catch
        {
            await scope.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private ValueTask<ExecutionResult> ExecuteAsync(object? sourceEvent, IServiceProvider services, CancellationToken cancellationToken)
    {
        // A dispatcher shared beyond the event's scope (the executor's services) still empties its caches.
        (services.GetService(typeof(IBatchDispatcher)) as ISubscriptionEventListener)?.OnEventStarting();
        return new OperationContext(executor, operation, variables, sourceEvent, services, contextData, cancellationToken).ExecuteAsync(false);
    }
}
