using ECommerce.Orders.Infrastructure.Services;
using ECommerce.Orders.Model;
using ECommerce.Orders.Types;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Infrastructure.Checkout;

/// <summary>
/// The checkout saga: price snapshot from Products, the order stored as PENDING, stock reserved in
/// Inventory, the payment charged by Payments, then PAID (cart emptied in the same transaction) and
/// the reservation committed. A failure after the order exists releases the reservation and ends the
/// order as PAYMENT_FAILED. The idempotency key finds the order of an earlier attempt: a finished
/// order is returned as it is, a PENDING one is resumed (every step is idempotent), so a retry never
/// charges twice.
/// </summary>
public sealed partial class CheckoutService(
    CartStore carts,
    OrderLedger ledger,
    ProductsClient products,
    InventoryClient inventory,
    PaymentsClient payments,
    ILogger<CheckoutService> logger)
{
    public const string ShopCurrency = "EUR";

    public async Task<CheckoutPayload> CheckoutAsync(Guid userId, CheckoutInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = CheckoutRules.Validate(input);
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var key = input.IdempotencyKey.Trim();
        if (await ledger.FindByIdempotencyKeyAsync(userId, key, cancellationToken) is { } earlier)
        {
            return await ContinueAsync(earlier, input.PaymentMethod);
        }

        var cart = await carts.GetAsync(userId, cancellationToken);
        if (cart.Items.Count == 0)
        {
            return new(null, [new EmptyCartError()]);
        }

        IReadOnlyList<CatalogProduct?> catalog;
        try
        {
            catalog = await products.GetByIdsAsync(cart.Items.ConvertAll(i => i.ProductId), cancellationToken);
        }
        catch (ServiceCallException ex)
        {
            return new(null, [new ServiceUnavailableError(ProductsClient.Service, "The product catalog is not available; nothing was ordered. " + ex.Message)]);
        }

        var unavailable = cart.Items.Where((item, index) => catalog[index] is not { Currency: ShopCurrency }).Select(i => (ICheckoutError)new ProductUnavailableError(i.ProductId.ToString())).ToList();
        if (unavailable.Count > 0)
        {
            return new(null, unavailable);
        }

        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Currency = ShopCurrency,
            IdempotencyKey = key,
            ShippingAddress = CheckoutRules.ToAddress(input.ShippingAddress),
        };
        var items = cart.Items.Select((item, index) => new OrderItem
        {
            Id = Guid.CreateVersion7(),
            OrderId = order.Id,
            Position = index,
            ProductId = item.ProductId,
            Quantity = item.Quantity,
            UnitPrice = catalog[index]!.Price,
            LineTotal = catalog[index]!.Price * item.Quantity,
            ProductName = catalog[index]!.Name,
            Sku = catalog[index]!.Sku,
        }).ToList();
        order.Total = items.Sum(i => i.LineTotal);
        var (placed, _) = await ledger.PlaceAsync(order, items, cancellationToken);
        return await ContinueAsync(placed, input.PaymentMethod);
    }

    /// <summary>
    /// Runs the steps after the order is stored. Not cancelled with the request: a client that goes
    /// away must not leave an order half-way (each call to another service has its own timeout).
    /// </summary>
    private async Task<CheckoutPayload> ContinueAsync(Order order, string paymentMethod)
    {
        if (order.Status != OrderStatus.Pending)
        {
            return new(order, null);
        }

        var ct = CancellationToken.None;
        var items = await ledger.ItemsAsync(order.Id, ct);
        IReadOnlyList<StockShortage> shortages;
        try
        {
            shortages = await inventory.ReserveAsync(order.Id, items.Select(i => new ReservationLine(i.ProductId, i.Quantity)).ToList(), ct);
        }
        catch (ServiceCallException ex)
        {
            return await FailAsync(order, "inventory unavailable", [new ServiceUnavailableError(InventoryClient.Service, "Stock could not be reserved; nothing was charged. " + ex.Message)]);
        }

        if (shortages.Count > 0)
        {
            return await FailAsync(order, "insufficient stock", shortages.Select(s => (ICheckoutError)new InsufficientStockError(s.ProductId.ToString(), s.Requested, s.Available)).ToList());
        }

        ChargeResult charge;
        try
        {
            charge = await payments.ChargeAsync(order.Id, order.UserId, order.Total, order.Currency, paymentMethod, ct);
        }
        catch (ServiceCallException ex)
        {
            await RefundUnknownChargeAsync(order.Id);
            return await FailAsync(order, "payments unavailable", [new ServiceUnavailableError(PaymentsClient.Service, "The payment could not be made; nothing was charged. " + ex.Message)]);
        }

        if (!charge.Succeeded)
        {
            return charge.Declined
                ? await FailAsync(order, $"payment declined: {charge.DeclineCode ?? "declined"}", [new PaymentDeclinedError(charge.DeclineCode, charge.FailureMessage ?? "The payment was declined.")])
                : await FailAsync(order, "payment failed", [new PaymentFailedError(charge.FailureMessage ?? "The payment failed.")]);
        }

        return await CompletePaidAsync(order, items, $"payment {charge.PaymentId} succeeded");
    }

    /// <summary>
    /// Settles a PENDING order whose checkout was interrupted (the process stopped between two steps)
    /// from what Payments knows about the order's charge, never charging: a payment that succeeded
    /// finishes it (PAID, stock committed, the products leave the cart); a failed or refunded one, or
    /// none at all, fails it (PAYMENT_FAILED, stock released). A payment still processing leaves the
    /// order as it is (null) for a later run.
    /// </summary>
    public async Task<OrderStatus?> ReconcileAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var payment = await payments.LatestPaymentAsync(order.Id, cancellationToken);
        CheckoutPayload settled;
        switch (payment?.Status)
        {
            case PaymentState.Processing:
                return null;
            case PaymentState.Succeeded:
                var items = await ledger.ItemsAsync(order.Id, CancellationToken.None);
                settled = await CompletePaidAsync(order, items, $"payment {payment.Id} succeeded (settled after an interrupted checkout)");
                break;
            default:
                var outcome = payment is null ? "no payment was made" : $"payment {payment.Id} is {payment.Status}";
                settled = await FailAsync(order, $"checkout interrupted: {outcome}", []);
                break;
        }

        return settled.Order?.Status;
    }

    /// <summary>PAID (the ordered products leave the cart in the same transaction), then the reservation is committed.</summary>
    private async Task<CheckoutPayload> CompletePaidAsync(Order order, IReadOnlyList<OrderItem> items, string reason)
    {
        var ct = CancellationToken.None;
        var productIds = items.Select(i => i.ProductId).ToList();
        var paid = await ledger.ChangeStatusAsync(order.Id, OrderStatus.Paid, reason, ct, (db, _, token) =>
            db.CartItems.Where(c => c.UserId == order.UserId && productIds.Contains(c.ProductId)).ExecuteDeleteAsync(token));
        if (!paid.Succeeded)
        {
            // An admin cancelled the order while it was being paid: give the money and the stock back.
            await RefundUnknownChargeAsync(order.Id);
            await ReleaseAsync(order.Id);
            return new(paid.Order, [new PaymentFailedError("The order was cancelled during checkout; the payment is refunded.")]);
        }

        try
        {
            await inventory.CommitAsync(order.Id, ct);
        }
        catch (ServiceCallException ex)
        {
            // The reservation keeps holding the units, so nothing is oversold; committing again is safe.
            LogCommitFailed(logger, order.Id, ex.Message);
        }

        return new(paid.Order, null);
    }

    private async Task<CheckoutPayload> FailAsync(Order order, string reason, IReadOnlyList<ICheckoutError> errors)
    {
        await ReleaseAsync(order.Id);
        var failed = await ledger.ChangeStatusAsync(order.Id, OrderStatus.PaymentFailed, reason, CancellationToken.None);
        return new(failed.Order ?? order, errors);
    }

    private async Task ReleaseAsync(Guid orderId)
    {
        try
        {
            await inventory.ReleaseAsync(orderId, CancellationToken.None);
        }
        catch (ServiceCallException ex)
        {
            LogReleaseFailed(logger, orderId, ex.Message);
        }
    }

    /// <summary>A charge whose answer was lost may have gone through: refund it (nothing happens when there was no payment).</summary>
    private async Task RefundUnknownChargeAsync(Guid orderId)
    {
        try
        {
            await payments.RefundAsync(orderId, CancellationToken.None);
        }
        catch (ServiceCallException ex)
        {
            LogRefundFailed(logger, orderId, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} is paid but its reservation was not committed: {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, Guid orderId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reservation of order {OrderId} could not be released: {Reason}")]
    private static partial void LogReleaseFailed(ILogger logger, Guid orderId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "No refund for order {OrderId} after a failed charge: {Reason}")]
    private static partial void LogRefundFailed(ILogger logger, Guid orderId, string reason);
}
