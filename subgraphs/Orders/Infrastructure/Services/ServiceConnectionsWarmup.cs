using ECommerce.ServiceDefaults.Seeding;
using ECommerce.ServiceDefaults.Warmup;

namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>
/// Before Orders reports ready it calls each service a checkout needs once, through the same clients,
/// so the first checkout does not open connections or compile those paths (here and there): a price
/// lookup in Products, releasing the reservation and reading the payments of an order nobody has in
/// Inventory and Payments (nothing to release, nothing charged). A service that does not answer is
/// reported (the step fails); Orders becomes ready anyway.
/// </summary>
public sealed class ServiceConnectionsWarmup(ProductsClient products, InventoryClient inventory, PaymentsClient payments) : IWarmupStep
{
    public string Name => "service connections";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var unknownOrder = Guid.NewGuid();
        var failures = new List<string>();
        await CallAsync(ProductsClient.Service, () => products.GetByIdsAsync([SeedCatalog.ProductId(1)], cancellationToken), failures);
        await CallAsync(InventoryClient.Service, () => inventory.ReleaseAsync(unknownOrder, cancellationToken), failures);
        await CallAsync(PaymentsClient.Service, () => payments.LatestPaymentAsync(unknownOrder, cancellationToken), failures);
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", failures));
        }
    }

    private static async Task CallAsync(string service, Func<Task> call, List<string> failures)
    {
        try
        {
            await call();
        }
        catch (ServiceCallException ex)
        {
            failures.Add($"{service}: {ex.Message}");
        }
    }
}
