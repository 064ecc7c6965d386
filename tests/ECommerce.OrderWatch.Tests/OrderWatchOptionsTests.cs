namespace ECommerce.OrderWatch.Tests;

public sealed class OrderWatchOptionsTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Arguments_give_the_endpoint_account_and_order()
    {
        var options = OrderWatchOptions.Parse(
            ["--order", "o-1", "--email", "alice@example.com", "--password", "secret", "--url", "https://shop.example/graphql"], NoEnvironment, out var error);

        Assert.Null(error);
        Assert.Equal(new OrderWatchOptions(new Uri("https://shop.example/graphql"), "alice@example.com", "secret", "o-1"), options);
        Assert.Equal(new Uri("wss://shop.example/graphql"), options!.SocketEndpoint);
    }

    [Fact]
    public void The_environment_fills_what_the_arguments_leave_out_and_the_gateway_is_the_default()
    {
        var environment = new Dictionary<string, string> { ["ORDER_WATCH_EMAIL"] = "bob@example.com", ["ORDER_WATCH_PASSWORD"] = "pw" };

        var options = OrderWatchOptions.Parse(["--order", "o-2"], name => environment.GetValueOrDefault(name), out var error);

        Assert.Null(error);
        Assert.Equal(new Uri(OrderWatchOptions.DefaultEndpoint), options!.Endpoint);
        Assert.Equal(new Uri("ws://127.0.0.1:5000/graphql"), options.SocketEndpoint);
        Assert.Equal("bob@example.com", options.Email);
    }

    [Theory]
    [InlineData(new[] { "--email", "a@b.c", "--password", "p" }, "--order is required")]
    [InlineData(new[] { "--order", "o", "--password", "p" }, "--email (or ORDER_WATCH_EMAIL) is required")]
    [InlineData(new[] { "--order", "o", "--email", "a@b.c" }, "--password (or ORDER_WATCH_PASSWORD) is required")]
    [InlineData(new[] { "--order" }, "--order needs a value")]
    [InlineData(new[] { "--verbose" }, "unknown argument '--verbose'")]
    [InlineData(new[] { "--order", "o", "--email", "a@b.c", "--password", "p", "--url", "ftp://x/graphql" }, "--url must be an absolute http(s) URL, not 'ftp://x/graphql'")]
    public void Missing_or_wrong_arguments_are_named(string[] args, string expected)
    {
        var options = OrderWatchOptions.Parse(args, NoEnvironment, out var error);

        Assert.Null(options);
        Assert.Equal(expected, error);
    }
}
