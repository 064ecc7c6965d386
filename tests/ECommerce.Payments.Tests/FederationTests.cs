using ECommerce.Payments.Infrastructure;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Payments.Tests;

public sealed class FederationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Payments_of_a_hundred_orders_load_in_one_sql_statement()
    {
        var counter = new SqlCommandCounter();
        await using var host = await PaymentsHost.StartAsync(postgres.Server, builder =>
            builder.Services.ConfigureDbContext<PaymentsContext>(options => options.AddInterceptors(counter)));
        var orderIds = Enumerable.Range(0, 100).Select(_ => PaymentsApi.NewOrderId()).ToList();
        foreach (var orderId in orderIds.Where((_, i) => i % 2 == 0))
        {
            await PaymentsApi.ChargeAsync(host.GraphQL, host.ServiceToken, orderId, 10m);
        }

        counter.Clear();
        var data = await host.GraphQL.DataAsync(
            Operations.Entities,
            new { representations = orderIds.Select(id => new { __typename = "Order", id }).ToArray() },
            host.ServiceToken);

        var entities = data.GetProperty("_entities").EnumerateArray().ToList();
        Assert.Equal(orderIds, entities.Select(e => e.GetProperty("id").GetString()));
        Assert.All(entities.Where((_, i) => i % 2 == 0), e => Assert.Equal("SUCCEEDED", e.GetProperty("payment").GetProperty("status").GetString()));
        Assert.All(entities.Where((_, i) => i % 2 == 1), e => Assert.Equal(System.Text.Json.JsonValueKind.Null, e.GetProperty("payment").ValueKind));
        Assert.Single(counter.Commands, c => c.Contains("FROM payments", StringComparison.Ordinal));
        Assert.Single(counter.Commands);
    }

    [Fact]
    public async Task Service_sdl_declares_Order_and_Payment_as_entities_without_the_internal_fields()
    {
        await using var host = await PaymentsHost.StartAsync(postgres.Server);

        var data = await host.GraphQL.DataAsync("{ _service { sdl } }");

        var sdl = data.GetProperty("_service").GetProperty("sdl").GetString()!;
        Assert.Contains("type Order @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.Contains("type Payment @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("orderById", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("chargePayment", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("refundPayment", sdl, StringComparison.Ordinal);
    }
}
