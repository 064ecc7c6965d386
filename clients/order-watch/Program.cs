using System.Net.Http;
using System.Net.WebSockets;
using ECommerce.OrderWatch;

var options = OrderWatchOptions.Parse(args, Environment.GetEnvironmentVariable, out var error);
if (options is null)
{
    await Console.Error.WriteLineAsync($"order-watch: {error}");
    await Console.Error.WriteLineAsync(OrderWatchOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
try
{
    await new OrderWatcher(http, Console.Out).WatchAsync(options, stop.Token);
    return 0;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    return 0;
}
catch (Exception ex) when (ex is GraphQLSocketException or HttpRequestException or WebSocketException)
{
    await Console.Error.WriteLineAsync($"order-watch: {ex.Message}");
    return 1;
}
