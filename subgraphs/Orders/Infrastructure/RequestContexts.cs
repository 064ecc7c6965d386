using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Infrastructure;

/// <summary>
/// Read-only contexts for resolvers that return queries the data middleware runs later: one per resolver,
/// so sibling fields of a request never share a DbContext, all disposed with the request's scope.
/// </summary>
public sealed class RequestContexts(DbContextOptions<OrdersContext> options) : IAsyncDisposable
{
    private readonly List<OrdersContext> _contexts = [];

    public OrdersContext Create()
    {
        var context = new OrdersContext(options);
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        OrdersContext[] contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
            _contexts.Clear();
        }

        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }
    }
}
