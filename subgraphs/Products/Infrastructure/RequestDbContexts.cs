using Microsoft.EntityFrameworkCore;

namespace ECommerce.Products.Infrastructure;

/// <summary>
/// Gives each resolver that returns a query its own <see cref="ProductsContext"/> for the rest of the
/// request (the paging middleware runs the query after the resolver returned), and disposes them all
/// with the request's scope. Sibling fields run at the same time, and one DbContext allows one command at a time.
/// </summary>
public sealed class RequestDbContexts(DbContextOptions<ProductsContext> options) : IAsyncDisposable
{
    private readonly List<ProductsContext> _contexts = [];

    public ProductsContext Create()
    {
        var context = new ProductsContext(options);
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        ProductsContext[] contexts;
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
