using ECommerce.Inventory.Infrastructure;
using ECommerce.Inventory.Model;
using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore.Authorization;
using Gql.Federation;
using Gql.Types;

namespace ECommerce.Inventory.Types;

/// <summary>
/// Mutations in Hot Chocolate's conventions: one <c>input</c> argument, a payload with the result and
/// <c>errors</c>, the expected failures as typed data; a failure changes nothing. The reservation
/// mutations are for the Orders service (SERVICE tokens, <c>@internal</c>: not in the public graph);
/// the stock mutations are for admins.
/// </summary>
public sealed class Mutation
{
    [Authorize(Roles = new[] { Roles.Service })]
    [Internal]
    [GraphQLDescription("Holds stock for an order: every line or none (SERVICE only). Idempotent per orderId: a repeat returns the reservation the first call made.")]
    public async Task<ReserveStockPayload> ReserveStockAsync(ReserveStockInput input, [Service] ReservationStore reservations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<InvalidInputError>();
        var orderId = InputRules.Id(input.OrderId, "orderId", errors);
        var lines = InputRules.Lines(orderId, input.Lines, errors);
        return errors.Count > 0
            ? new ReserveStockPayload(null, errors)
            : await reservations.ReserveAsync(orderId, lines, cancellationToken);
    }

    [Authorize(Roles = new[] { Roles.Service })]
    [Internal]
    [GraphQLDescription("The order was paid: its reserved units leave the stock (SERVICE only). Committing again returns the committed reservation.")]
    public async Task<CommitReservationPayload> CommitReservationAsync(CommitReservationInput input, [Service] ReservationStore reservations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (reservation, error) = await FinishAsync(input.OrderId, ReservationStatus.Committed, reservations, cancellationToken);
        return new CommitReservationPayload(reservation, error is ICommitReservationError commitError ? [commitError] : null);
    }

    [Authorize(Roles = new[] { Roles.Service })]
    [Internal]
    [GraphQLDescription("The order was cancelled or failed: its reserved units become available again (SERVICE only). Releasing again returns the released reservation.")]
    public async Task<ReleaseReservationPayload> ReleaseReservationAsync(ReleaseReservationInput input, [Service] ReservationStore reservations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (reservation, error) = await FinishAsync(input.OrderId, ReservationStatus.Released, reservations, cancellationToken);
        return new ReleaseReservationPayload(reservation, error is IReleaseReservationError releaseError ? [releaseError] : null);
    }

    [Authorize(Roles = new[] { Roles.Service })]
    [Internal]
    [GraphQLDescription("A paid order was cancelled or refunded before shipping: its units go back on sale (SERVICE only). Committed units return to on hand (RESTOCKED), units still reserved are released (RELEASED). Idempotent per orderId: a repeat returns the reservation as it is and changes no stock.")]
    public async Task<RestockReservationPayload> RestockReservationAsync(RestockReservationInput input, [Service] ReservationStore reservations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<InvalidInputError>();
        var orderId = InputRules.Id(input.OrderId, "orderId", errors);
        if (errors.Count > 0)
        {
            return new RestockReservationPayload(null, errors);
        }

        var reservation = await reservations.RestockAsync(orderId, cancellationToken);
        return reservation is null
            ? new RestockReservationPayload(null, [new ReservationNotFoundError(orderId.ToString())])
            : new RestockReservationPayload(reservation, null);
    }

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("Sets the units on hand of a product after a stock count (ADMIN only); never below what is reserved for orders.")]
    public async Task<SetStockPayload> SetStockAsync(
        SetStockInput input,
        [Service] StockStore stock,
        InventoryLevelByProductIdDataLoader levels,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<InvalidInputError>();
        var productId = InputRules.Id(input.ProductId, "productId", errors);
        InputRules.Range(input.OnHand, 0, StockLimits.MaxOnHand, "onHand", errors);
        if (input.LowStockThreshold is { } threshold)
        {
            InputRules.Range(threshold, 0, StockLimits.MaxOnHand, "lowStockThreshold", errors);
        }

        if (errors.Count > 0)
        {
            return new SetStockPayload(null, errors);
        }

        var update = await stock.SetAsync(productId, input.OnHand, input.LowStockThreshold, cancellationToken);
        if (!update.Applied)
        {
            return new SetStockPayload(null, [new StockBelowReservedError(productId.ToString(), input.OnHand, update.Level.Reserved)]);
        }

        levels.Set(productId, update.Level);
        return new SetStockPayload(new Product(productId), null);
    }

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("Adds units to a product's stock (a delivery) or takes them away with a negative delta (ADMIN only); never below what is reserved.")]
    public async Task<AdjustStockPayload> AdjustStockAsync(
        AdjustStockInput input,
        [Service] StockStore stock,
        InventoryLevelByProductIdDataLoader levels,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<InvalidInputError>();
        var productId = InputRules.Id(input.ProductId, "productId", errors);
        InputRules.Range(input.Delta, -StockLimits.MaxOnHand, StockLimits.MaxOnHand, "delta", errors);
        if (errors.Count > 0)
        {
            return new AdjustStockPayload(null, errors);
        }

        var update = await stock.AdjustAsync(productId, input.Delta, cancellationToken);
        if (update.Applied)
        {
            levels.Set(productId, update.Level);
            return new AdjustStockPayload(new Product(productId), null);
        }

        var current = update.Level;
        var requested = (long)current.OnHand + input.Delta;
        IAdjustStockError error = requested switch
        {
            < 0 => new NegativeStockError(productId.ToString(), current.OnHand, input.Delta),
            > StockLimits.MaxOnHand => new InvalidInputError("delta", $"On hand would be {requested}, above the maximum of {StockLimits.MaxOnHand}."),
            _ => new StockBelowReservedError(productId.ToString(), (int)requested, current.Reserved),
        };
        return new AdjustStockPayload(null, [error]);
    }

    /// <summary>Commits or releases; the reservation when it now has <paramref name="target"/> status, otherwise the error.</summary>
    private static async Task<(Reservation? Reservation, IError? Error)> FinishAsync(
        string orderIdInput, ReservationStatus target, ReservationStore reservations, CancellationToken cancellationToken)
    {
        var errors = new List<InvalidInputError>();
        var orderId = InputRules.Id(orderIdInput, "orderId", errors);
        if (errors.Count > 0)
        {
            return (null, errors[0]);
        }

        var reservation = await reservations.FinishAsync(orderId, target, cancellationToken);
        if (reservation is null)
        {
            return (null, new ReservationNotFoundError(orderId.ToString()));
        }

        var verb = target == ReservationStatus.Committed ? "committed" : "released";
        return reservation.Status == target
            ? (reservation, null)
            : (null, new ReservationStatusConflictError(
                reservation.OrderId,
                reservation.Status,
                $"The reservation of order {reservation.OrderId} is already {ReservationStatusNames.ToName(reservation.Status)}; it cannot be {verb}."));
    }
}
