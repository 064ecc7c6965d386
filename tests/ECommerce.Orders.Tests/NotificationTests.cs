using ECommerce.Orders.Infrastructure.Notifications;
using ECommerce.Orders.Model;
using ECommerce.Testing;
using ECommerce.Users;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Orders.Tests;

public sealed class NotificationTests(PostgresFixture postgres, RedisFixture redis) : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Ordering_works_while_email_fails_and_every_status_change_is_emailed_once_it_recovers()
    {
        await using var users = await ServiceApp.StartAsync("Users", UsersApp.Build, UsersApp.InitializeAsync, postgres.Server);
        var email = $"notify.{Guid.NewGuid():N}@example.com";
        var signUp = (await users.GraphQL.DataAsync(
            "mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }",
            new { input = new { email, password = "correct horse battery", name = "Notified Customer" } })).GetProperty("signUp");
        var userId = Guid.Parse(signUp.GetProperty("user").GetProperty("id").GetString()!);
        var sender = new FlakyEmailSender();
        await using var host = await OrdersHost.StartAsync(postgres.Server, redis.Server.Configuration, builder =>
        {
            builder.Configuration["Orders:Notifications:Enabled"] = "true";
            builder.Configuration["ECOMMERCE_USERS_URL"] = users.Endpoint.ToString();
            builder.Services.AddSingleton<IEmailSender>(sender);
        });

        var order = await TestOrders.PlaceAsync(host, userId, OrderStatus.Paid);
        await Poll.UntilAsync(() => sender.Failures >= 3, Bound, "the notifier to try and fail more than once");
        var browsed = await host.GraphQL.DataAsync(Operations.OrderById, new { id = order.Id.ToString() }, host.Token(userId));
        var shipped = await host.GraphQL.DataAsync(Operations.ShipOrder, new { input = new { orderId = order.Id.ToString() } }, host.AdminToken());
        sender.Recover();
        await Poll.UntilAsync(() => sender.Sent.Count >= 3, Bound, "the emails after the sender recovered");

        Assert.Equal("PAID", browsed.GetProperty("orderById").GetProperty("status").GetString());
        Assert.Equal("SHIPPED", shipped.GetProperty("shipOrder").GetProperty("order").GetProperty("status").GetString());
        var sent = sender.Sent.ToList();
        Assert.All(sent, m => Assert.Equal(email, m.To));
        Assert.Equal(
            new[] { $"We received your order {order.Id:D}", $"Your order {order.Id:D} is on its way", $"Your order {order.Id:D} is paid" }.Order(StringComparer.Ordinal),
            sent.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.Contains(sent, m => m.Body.Contains("Status: SHIPPED", StringComparison.Ordinal));
    }
}
