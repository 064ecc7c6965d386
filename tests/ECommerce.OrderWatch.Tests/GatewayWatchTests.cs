using System.Text.Json;
using ECommerce.Shop.Testing;
using ECommerce.Testing;

namespace ECommerce.OrderWatch.Tests;

/// <summary>The order-watch client (its OrderWatcher, in-process) against the gateway of the whole shop.</summary>
[Collection(ShopStackCollection.Name)]
public sealed class GatewayWatchTests(ShopStack shop)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 15, 2, TimeSpan.Zero);

    [Fact]
    public async Task The_client_logs_in_and_prints_paid_shipped_delivered_as_the_admin_ships_and_delivers()
    {
        var alice = await shop.CustomerTokenAsync();
        var orderId = await shop.PlacePaidOrderAsync(alice, product: 71, quantity: 1);
        var output = new RecordingWriter();
        var options = new OrderWatchOptions(shop.GatewayUrl, ShopAccounts.CustomerEmail, ShopAccounts.CustomerPassword, orderId);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var watching = new OrderWatcher(shop.Http, output, new FixedClock(Now)).WatchAsync(options, timeout.Token);
        await Poll.UntilAsync(() => output.Lines.Any(l => l.EndsWith("PAID", StringComparison.Ordinal)), StepTimeout, "the client printed PAID");
        await ChangeAsync("shipOrder", orderId);
        await Poll.UntilAsync(() => output.Lines.Any(l => l.EndsWith("SHIPPED", StringComparison.Ordinal)), StepTimeout, "the client printed SHIPPED");
        await ChangeAsync("deliverOrder", orderId);
        var seen = await watching.WaitAsync(StepTimeout);

        Assert.Equal(["PAID", "SHIPPED", "DELIVERED"], seen);
        Assert.Equal(
            [
                $"watching order {orderId} at {shop.GatewayUrl}",
                $"2026-12-03 08:15:02Z  {orderId}  PAID",
                $"2026-12-03 08:15:02Z  {orderId}  SHIPPED",
                $"2026-12-03 08:15:02Z  {orderId}  DELIVERED",
            ],
            output.Lines);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_before_anything_is_printed()
    {
        var orderId = await shop.PlacePaidOrderAsync(await shop.CustomerTokenAsync(), product: 72);
        var output = new RecordingWriter();
        var options = new OrderWatchOptions(shop.GatewayUrl, ShopAccounts.CustomerEmail, "not the password", orderId);

        var refused = await Assert.ThrowsAsync<GraphQLSocketException>(() => new OrderWatcher(shop.Http, output).WatchAsync(options, CancellationToken.None));

        Assert.StartsWith("log-in failed", refused.Message, StringComparison.Ordinal);
        Assert.Empty(output.Lines);
    }

    private async Task ChangeAsync(string mutation, string orderId)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var payload = (await shop.Gateway.DataAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ order {{ status }} errors {{ __typename }} }} }}",
            new { input = new { orderId } },
            await shop.AdminTokenAsync())).GetProperty(mutation);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
    }
}
