using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ECommerce.ServiceDefaults.Database;

/// <summary>
/// Brings a service's database up to date at start-up: waits (bounded) for the server, creates
/// the database when missing, applies the EF Core migrations, then runs the seed (which must be
/// idempotent: it runs on every start).
/// </summary>
public static class DatabaseStartup
{
    public static async Task MigrateDatabaseAsync<TContext>(
        this IServiceProvider services,
        Func<TContext, CancellationToken, Task>? seed = null,
        TimeSpan? waitForServer = null,
        CancellationToken cancellationToken = default)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var connectionString = context.Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string.");

        await WaitForServerAsync(connectionString, waitForServer ?? TimeSpan.FromSeconds(60), logger, cancellationToken).ConfigureAwait(false);
        await ServiceDatabase.EnsureCreatedAsync(connectionString, cancellationToken).ConfigureAwait(false);
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (seed is not null)
        {
            await seed(context, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WaitForServerAsync(string connectionString, TimeSpan bound, ILogger logger, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false, Timeout = 5 }.ConnectionString;
        var deadline = DateTime.UtcNow + bound;
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NpgsqlException ex) when (DateTime.UtcNow < deadline && ex is not PostgresException { SqlState: PostgresErrorCodes.InvalidPassword })
            {
                logger.LogWarning("PostgreSQL is not reachable yet ({Message}); retrying", ex.Message);
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }
}
