using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.ServiceDefaults.Warmup;

/// <summary>
/// Rehearses the service's writes once, in a transaction that is rolled back: the rehearsal adds and
/// saves rows like the service's own commands do, so EF Core builds its update pipeline (commands,
/// batching, value conversions) and the inserts run once before the first real one. Nothing stays.
/// </summary>
public sealed class DatabaseWriteWarmupStep<TContext>(IServiceScopeFactory scopes, Func<TContext, CancellationToken, Task> rehearse) : IWarmupStep
    where TContext : DbContext
{
    public string Name => "database writes";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await rehearse(db, cancellationToken).ConfigureAwait(false);
        await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
    }
}
