using System.Data.Common;
using ECommerce.Orders.Infrastructure.Services;
using Microsoft.Extensions.Options;

namespace ECommerce.Orders.Infrastructure.Checkout;

/// <summary>
/// Every <see cref="ReconciliationOptions.Interval"/>, settles the PENDING orders older than
/// <see cref="ReconciliationOptions.PendingAge"/> (a checkout the process did not finish) with
/// <see cref="CheckoutService.ReconcileAsync"/>: it asks Payments what became of the order's charge
/// and never charges. Several instances may run it: every step is idempotent and each status change
/// locks the order row, so an order is settled once.
/// </summary>
public sealed partial class PendingOrderReconciler(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ReconciliationOptions> options,
    ILogger<PendingOrderReconciler> logger) : BackgroundService
{
    private readonly ReconciliationOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.Interval, time);
        do
        {
            try
            {
                await ReconcileBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DbException or ServiceCallException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                LogRunFailed(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ReconcileBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<OrderLedger>();
        var checkout = scope.ServiceProvider.GetRequiredService<CheckoutService>();
        var stale = await ledger.PendingPlacedBeforeAsync(time.GetUtcNow() - _options.PendingAge, _options.BatchSize, cancellationToken);
        foreach (var order in stale)
        {
            try
            {
                var status = await checkout.ReconcileAsync(order, cancellationToken);
                LogSettled(logger, order.Id, status?.ToString() ?? "left PENDING (payment still processing)");
            }
            catch (ServiceCallException ex)
            {
                // Payments did not answer: the order stays PENDING until a later run.
                LogOrderFailed(logger, order.Id, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interrupted checkout of order {OrderId} settled: {Outcome}")]
    private static partial void LogSettled(ILogger logger, Guid orderId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interrupted checkout of order {OrderId} not settled yet: {Reason}")]
    private static partial void LogOrderFailed(ILogger logger, Guid orderId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reconciliation of interrupted checkouts failed: {Reason}")]
    private static partial void LogRunFailed(ILogger logger, string reason);
}
