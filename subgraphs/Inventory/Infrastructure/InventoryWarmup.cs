using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.ServiceDefaults.Warmup;

namespace ECommerce.Inventory.Infrastructure;

/// <summary>
/// What Inventory runs against itself before it reports ready: the gateway's stock lookups and the
/// reservation calls of a checkout for an order nobody has (nothing to commit or release; a
/// reservation without lines is refused), so no stock changes.
/// </summary>
public static class InventoryWarmup
{
    public static WarmupOperation[] Operations()
    {
        var order = Guid.NewGuid().ToString();
        string[] service = [Roles.Service];
        const string reservation = "reservation { orderId status lines { productId quantity } } errors { __typename ... on Error { message } }";
        return
        [
            new("stock", "query($id: ID!) { productById(id: $id) { id inventory { onHand reserved available lowStock lowStockThreshold } inStock } }", new { id = SeedCatalog.ProductId(1).ToString() }, []),
            new("reserve", $"mutation($input: ReserveStockInput!) {{ reserveStock(input: $input) {{ {reservation} }} }}", new { input = new { orderId = order, lines = Array.Empty<object>() } }, service),
            new("commit", $"mutation($input: CommitReservationInput!) {{ commitReservation(input: $input) {{ {reservation} }} }}", new { input = new { orderId = order } }, service),
            new("release", $"mutation($input: ReleaseReservationInput!) {{ releaseReservation(input: $input) {{ {reservation} }} }}", new { input = new { orderId = order } }, service),
        ];
    }
}
