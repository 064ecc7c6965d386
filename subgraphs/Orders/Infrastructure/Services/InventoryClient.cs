using System.Text.Json;

namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>Inventory's reservations, keyed by the order id (a repeat returns the first outcome and never reserves twice).</summary>
public sealed class InventoryClient(ServiceGraphQLClient client, ServiceEndpoints endpoints)
{
    public const string Service = "inventory";

    private const string Reserve = """
        mutation($orderId: ID!, $lines: [ReservationLineInput!]!) {
          reserveStock(input: { orderId: $orderId, lines: $lines }) {
            reservation { status }
            errors { __typename ... on InsufficientStockError { productId requested available } ... on InvalidInputError { message } }
          }
        }
        """;

    private const string Commit = """
        mutation($orderId: ID!) { commitReservation(input: { orderId: $orderId }) { reservation { status } errors { __typename } } }
        """;

    private const string Release = """
        mutation($orderId: ID!) { releaseReservation(input: { orderId: $orderId }) { reservation { status } errors { __typename } } }
        """;

    private const string Restock = """
        mutation($orderId: ID!) { restockReservation(input: { orderId: $orderId }) { reservation { status } errors { __typename } } }
        """;

    /// <summary>Reserves every line or none: an empty list when reserved, else the lines that are short.</summary>
    public async Task<IReadOnlyList<StockShortage>> ReserveAsync(Guid orderId, IReadOnlyList<ReservationLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var variables = new { orderId = orderId.ToString(), lines = lines.Select(l => new { productId = l.ProductId.ToString(), quantity = l.Quantity }).ToArray() };
        var payload = (await client.ExecuteAsync(Service, endpoints.Inventory, Reserve, variables, cancellationToken)).GetProperty("reserveStock");
        var shortages = new List<StockShortage>();
        foreach (var error in Errors(payload))
        {
            if (error.GetProperty("__typename").GetString() != "InsufficientStockError")
            {
                throw new ServiceCallException(Service, $"refused the reservation: {error.GetRawText()}");
            }

            shortages.Add(new(Guid.Parse(error.GetProperty("productId").GetString()!), error.GetProperty("requested").GetInt32(), error.GetProperty("available").GetInt32()));
        }

        if (shortages.Count == 0 && Status(payload) is not ("RESERVED" or "COMMITTED"))
        {
            throw new ServiceCallException(Service, $"answered reserveStock with the reservation status {Status(payload) ?? "null"}");
        }

        return shortages;
    }

    /// <summary>Turns the reservation into a sale (the units leave the stock).</summary>
    public async Task CommitAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var payload = (await client.ExecuteAsync(Service, endpoints.Inventory, Commit, new { orderId = orderId.ToString() }, cancellationToken)).GetProperty("commitReservation");
        if (Status(payload) != "COMMITTED")
        {
            throw new ServiceCallException(Service, $"did not commit the reservation of order {orderId}: {payload.GetRawText()}");
        }
    }

    /// <summary>Gives the reserved units back. True when a reservation was released (or already was); false when there is none to release.</summary>
    public async Task<bool> ReleaseAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var payload = (await client.ExecuteAsync(Service, endpoints.Inventory, Release, new { orderId = orderId.ToString() }, cancellationToken)).GetProperty("releaseReservation");
        return Status(payload) == "RELEASED";
    }

    /// <summary>
    /// Puts the units of a cancelled or refunded paid order back on sale (committed units back on hand,
    /// units still reserved released); a repeat changes nothing. False when the order has no reservation.
    /// </summary>
    public async Task<bool> RestockAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var payload = (await client.ExecuteAsync(Service, endpoints.Inventory, Restock, new { orderId = orderId.ToString() }, cancellationToken)).GetProperty("restockReservation");
        if (Status(payload) is "RESTOCKED" or "RELEASED")
        {
            return true;
        }

        return Errors(payload).Select(e => e.GetProperty("__typename").GetString()).SingleOrDefault() == "ReservationNotFoundError"
            ? false
            : throw new ServiceCallException(Service, $"did not restock the reservation of order {orderId}: {payload.GetRawText()}");
    }

    private static string? Status(JsonElement payload)
        => payload.TryGetProperty("reservation", out var reservation) && reservation.ValueKind == JsonValueKind.Object
            ? reservation.GetProperty("status").GetString()
            : null;

    private static IEnumerable<JsonElement> Errors(JsonElement payload)
        => payload.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array ? errors.EnumerateArray() : [];
}
