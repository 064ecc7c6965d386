using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ECommerce.Orders.Infrastructure.Outbox;
using ECommerce.Orders.Infrastructure.Services;
using ECommerce.Orders.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ECommerce.Orders.Infrastructure.Notifications;

/// <summary>
/// Emails the customer once per status change: it consumes the order events of the outbox (each
/// marked notified once sent). When the customer's address cannot be read from Users or the email
/// cannot be sent, the event is tried again later with a growing delay; nothing else waits for it,
/// so checkout and browsing work while email is down.
/// </summary>
public sealed partial class NotificationWorker(
    IServiceScopeFactory scopes,
    IEmailSender sender,
    UsersClient users,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    IOptions<NotificationOptions> notificationOptions,
    ILogger<NotificationWorker> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!notificationOptions.Value.Enabled)
        {
            return;
        }

        var wakeUp = signal.Register();
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await NotifyBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                LogBatchFailed(logger, ex.Message);
            }

            if (!more)
            {
                await wakeUp.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Handles the due events of one batch; true when the batch was full.</summary>
    private async Task<bool> NotifyBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var batch = await db.Outbox
            .FromSql($"SELECT * FROM outbox WHERE notified_at IS NULL AND (next_notify_at IS NULL OR next_notify_at <= {now}) ORDER BY id LIMIT {_options.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        foreach (var message in batch)
        {
            try
            {
                var statusChanged = JsonSerializer.Deserialize<OrderStatusChangedEvent>(message.Payload, OrderLedger.EventJson)
                    ?? throw new InvalidOperationException($"Outbox event {message.Id} holds no event.");
                var customer = await users.GetEmailAsync(statusChanged.UserId, cancellationToken);
                if (customer is not null)
                {
                    await sender.SendAsync(Compose(customer, statusChanged), cancellationToken);
                }

                message.NotifiedAt = time.GetUtcNow();
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                message.NotifyAttempts++;
                var delay = TimeSpan.FromTicks(Math.Min(_options.RetryDelay.Ticks << Math.Min(message.NotifyAttempts - 1, 20), _options.MaxRetryDelay.Ticks));
                message.NextNotifyAt = time.GetUtcNow() + delay;
                LogSendFailed(logger, message.OrderId, message.NotifyAttempts, delay.TotalMilliseconds, ex.Message);
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return batch.Count == _options.BatchSize;
    }

    private static EmailMessage Compose(string to, OrderStatusChangedEvent change)
    {
        var status = OrderStatusRules.Name(change.Status);
        var subject = change.Status switch
        {
            OrderStatus.Pending => $"We received your order {change.OrderId:D}",
            OrderStatus.Paid => $"Your order {change.OrderId:D} is paid",
            OrderStatus.Shipped => $"Your order {change.OrderId:D} is on its way",
            OrderStatus.Delivered => $"Your order {change.OrderId:D} was delivered",
            _ => $"Your order {change.OrderId:D} is {status.Replace('_', ' ').ToLowerInvariant()}",
        };
        var body = string.Create(CultureInfo.InvariantCulture, $"Order {change.OrderId:D}\r\nStatus: {status}\r\nSince: {change.ChangedAt:u}\r\n{(change.Reason is null ? "" : "Note: " + change.Reason + "\r\n")}");
        return new EmailMessage(to, subject, body);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order notifications could not be read ({Reason})")]
    private static partial void LogBatchFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email about order {OrderId} not sent (attempt {Attempt}); next try in {DelayMs} ms: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, Guid orderId, int attempt, double delayMs, string reason);
}
