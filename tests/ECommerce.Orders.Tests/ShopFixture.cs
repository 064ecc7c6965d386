using ECommerce.Inventory;
using ECommerce.Payments;
using ECommerce.Products;
using ECommerce.Testing;
using Microsoft.AspNetCore.Builder;

namespace ECommerce.Orders.Tests;

/// <summary>
/// The shop around Orders for checkout tests: the real Products, Inventory and Payments apps (Payments
/// with its built-in test provider) in-process on free ports, and an Orders app configured with their URLs.
/// </summary>
public sealed class ShopFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private readonly RedisFixture _redis = new();
    private ServiceApp? _products;
    private ServiceApp? _inventory;
    private ServiceApp? _payments;
    private OrdersHost? _orders;

    internal OrdersHost Orders => _orders ?? throw NotInitialized();

    internal ServiceApp Products => _products ?? throw NotInitialized();

    internal ServiceApp Inventory => _inventory ?? throw NotInitialized();

    internal ServiceApp Payments => _payments ?? throw NotInitialized();

    public PostgresServer Postgres => _postgres.Server;

    public RedisServer Redis => _redis.Server;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_postgres.InitializeAsync(), _redis.InitializeAsync());
        var products = ServiceApp.StartAsync("Products", ProductsApp.Build, ProductsApp.InitializeAsync, Postgres, SmallPool);
        var inventory = ServiceApp.StartAsync("Inventory", InventoryApp.Build, InventoryApp.InitializeAsync, Postgres, SmallPool);
        var payments = ServiceApp.StartAsync("Payments", PaymentsApp.Build, PaymentsApp.InitializeAsync, Postgres, SmallPool);
        await Task.WhenAll(products, inventory, payments);
        (_products, _inventory, _payments) = (products.Result, inventory.Result, payments.Result);
        _orders = await StartOrdersAsync();
    }

    /// <summary>Another Orders app on the same services (for example with one of them replaced by an unreachable URL).</summary>
    internal Task<OrdersHost> StartOrdersAsync(Action<WebApplicationBuilder>? configure = null)
        => OrdersHost.StartAsync(Postgres, Redis.Configuration, builder =>
        {
            builder.Configuration["ECOMMERCE_PRODUCTS_URL"] = Products.Endpoint.ToString();
            builder.Configuration["ECOMMERCE_INVENTORY_URL"] = Inventory.Endpoint.ToString();
            builder.Configuration["ECOMMERCE_PAYMENTS_URL"] = Payments.Endpoint.ToString();
            SmallPool(builder);
            configure?.Invoke(builder);
        });

    public async Task DisposeAsync()
    {
        foreach (var app in new IAsyncDisposable?[] { _orders, _payments, _inventory, _products })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }

        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    /// <summary>Four apps share one test PostgreSQL server: 200 concurrent checkouts must wait for a pooled connection, not exceed the server's max_connections.</summary>
    private void SmallPool(WebApplicationBuilder builder) => builder.Configuration["ECOMMERCE_POSTGRES"] = Postgres.ConnectionString + ";Maximum Pool Size=15";

    private static InvalidOperationException NotInitialized() => new("The fixture has not been initialized by xunit yet.");
}
