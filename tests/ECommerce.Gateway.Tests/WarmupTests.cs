using System.Net;
using ECommerce.ServiceDefaults.Warmup;
using ECommerce.Shop.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Gateway.Tests;

/// <summary>Each subgraph warms up (its hot operations; Orders also its calls to Products, Inventory and Payments) before it is ready.</summary>
[Collection(ShopStackCollection.Name)]
public sealed class WarmupTests(ShopStack shop)
{
    [Fact]
    public async Task Every_subgraph_warmed_up_without_a_failed_operation_or_connection_and_reports_ready()
    {
        var ready = new Dictionary<string, HttpStatusCode>();
        foreach (var subgraph in shop.Subgraphs)
        {
            using var response = await shop.Http.GetAsync(new Uri(subgraph.Endpoint, "/health/ready"));
            ready[subgraph.Name] = response.StatusCode;
        }

        var warmups = shop.Subgraphs.ToDictionary(s => s.Name, s => s.Services.GetRequiredService<WarmupState>());

        Assert.All(warmups, w => Assert.True(w.Value.IsCompleted, $"{w.Key} has not finished its warm-up"));
        Assert.All(warmups, w => Assert.True(w.Value.Failures.Count == 0, $"{w.Key}: {string.Join("; ", w.Value.Failures)}"));
        Assert.All(ready, r => Assert.Equal(HttpStatusCode.OK, r.Value));
    }
}
