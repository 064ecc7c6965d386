using System.Data.Common;
using System.Text.Json;
using ECommerce.Orders.Model;
using Gql.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ECommerce.Orders.Infrastructure.Outbox;

/// <summary>
/// Moves outbox events to Redis in the order they were written and marks them published. While Redis
/// is unreachable the events stay in the outbox and are sent once it answers again (at least once:
/// a crash between sending and marking sends an event twice; subscribers drop repeats by sequence).
/// Instances share the work with <c>FOR UPDATE SKIP LOCKED</c>.
/// </summary>
public sealed partial class OutboxPublisher(
    IServiceScopeFactory scopes,
    ITopicEventSender sender,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxPublisher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wakeUp = signal.Register();
        var delay = _options.RetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            bool more;
            try
            {
                more = await PublishBatchAsync(stoppingToken);
                delay = _options.RetryDelay;
            }
            catch (Exception ex) when (ex is TopicSendException or DbException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                LogPublishFailed(logger, ex.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRetryDelay.Ticks));
                continue;
            }

            if (!more)
            {
                await wakeUp.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Publishes one batch; true when the batch was full (more may be waiting).</summary>
    private async Task<bool> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.Outbox
            .FromSql($"SELECT * FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT {_options.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        try
        {
            foreach (var message in batch)
            {
                message.PublishAttempts++;
                var statusChanged = JsonSerializer.Deserialize<OrderStatusChangedEvent>(message.Payload, OrderLedger.EventJson)
                    ?? throw new InvalidOperationException($"Outbox event {message.Id} holds no event.");
                await sender.SendAsync(OrderStatusChangedEvent.Topic(message.OrderId), statusChanged, cancellationToken);
                message.PublishedAt = time.GetUtcNow();
            }
        }
        finally
        {
            // What was sent is marked even when a later event failed; the failed one keeps its attempt count.
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }

        return batch.Count == _options.BatchSize;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing order events failed ({Reason}); retrying in {DelayMs} ms")]
    private static partial void LogPublishFailed(ILogger logger, string reason, double delayMs);
}
