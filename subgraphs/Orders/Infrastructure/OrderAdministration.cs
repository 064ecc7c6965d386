using ECommerce.Orders.Infrastructure.Services;
using ECommerce.Orders.Model;
using ECommerce.Orders.Types;

namespace ECommerce.Orders.Infrastructure;

/// <summary>
/// The admin's status changes. Shipping and delivery only change the status. Cancelling a PENDING
/// order releases its reservation. Cancelling or refunding a PAID order (not shipped yet) refunds the
/// payment in full and puts its units back on sale (Inventory's restockReservation). Refunding a
/// SHIPPED or DELIVERED order refunds the payment only: the goods have left. The money and stock calls
/// come first and are idempotent, so a failed call changes nothing and the admin can try again.
/// </summary>
public sealed partial class OrderAdministration(OrderLedger ledger, InventoryClient inventory, PaymentsClient payments, ILogger<OrderAdministration> logger)
{
    public async Task<(Order? Order, IError? Error)> ChangeAsync(string orderId, OrderStatus to, string? reason, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(orderId, out var id) || await ledger.FindAsync(id, cancellationToken) is not { } order)
        {
            return (null, new OrderNotFoundError(orderId));
        }

        if (!OrderStatusRules.CanChange(order.Status, to))
        {
            return (null, new InvalidStatusTransitionError(orderId, order.Status, to));
        }

        try
        {
            await SettleAsync(order, to);
        }
        catch (ServiceCallException ex)
        {
            return (null, new ServiceUnavailableError(ex.Service, $"Nothing changed: {ex.Message}"));
        }

        var outcome = await ledger.ChangeStatusAsync(id, to, reason, CancellationToken.None);
        return outcome.Result switch
        {
            StatusChangeResult.Changed or StatusChangeResult.AlreadyInStatus => (outcome.Order, null),
            StatusChangeResult.Illegal => (null, new InvalidStatusTransitionError(orderId, outcome.Order!.Status, to)),
            _ => (null, new OrderNotFoundError(orderId)),
        };
    }

    /// <summary>The money and stock side of a change, before the status is written.</summary>
    private async Task SettleAsync(Order order, OrderStatus to)
    {
        if (to == OrderStatus.Refunded || (to == OrderStatus.Cancelled && order.Status == OrderStatus.Paid))
        {
            await payments.RefundAsync(order.Id, CancellationToken.None);
        }

        if (order.Status == OrderStatus.Paid && to is OrderStatus.Cancelled or OrderStatus.Refunded)
        {
            if (!await inventory.RestockAsync(order.Id, CancellationToken.None))
            {
                LogNothingToReturn(logger, order.Id, to);
            }
        }
        else if (to == OrderStatus.Cancelled && !await inventory.ReleaseAsync(order.Id, CancellationToken.None))
        {
            LogNothingToReturn(logger, order.Id, to);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} went to {Status} with no reservation to give back (none made, or already released)")]
    private static partial void LogNothingToReturn(ILogger logger, Guid orderId, OrderStatus status);
}
