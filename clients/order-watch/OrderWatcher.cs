using System.Globalization;
using System.Text.Json;
using ECommerce.OrderWatch.Operations;

namespace ECommerce.OrderWatch;

/// <summary>
/// Logs in, subscribes to <c>orderStatusChanged</c> for one order over graphql-transport-ws and writes
/// one line per status (the current one first, then each change) until a final status.
/// </summary>
public sealed class OrderWatcher(HttpClient http, TextWriter output, TimeProvider? clock = null)
{
    private static readonly HashSet<string> FinalStatuses = new(StringComparer.Ordinal) { "DELIVERED", "CANCELLED", "REFUNDED", "PAYMENT_FAILED" };

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The statuses seen, in order.</summary>
    public async Task<IReadOnlyList<string>> WatchAsync(OrderWatchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var token = await new LogInClient(http).LogInAsync(options.Endpoint, options.Email, options.Password, cancellationToken).ConfigureAwait(false);
        await using var socket = new GraphQLSocketClient();
        await socket.ConnectAsync(options.SocketEndpoint, new Dictionary<string, object?> { ["Authorization"] = "Bearer " + token }, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"watching order {options.OrderId} at {options.Endpoint}").ConfigureAwait(false);

        var seen = new List<string>();
        var variables = new Dictionary<string, object?> { ["orderId"] = options.OrderId };
        await foreach (var payload in socket.SubscribeAsync(OrderOperations.WatchOrder, variables, cancellationToken).ConfigureAwait(false))
        {
            var status = ReadStatus(payload);
            seen.Add(status);
            var time = _clock.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"{time}  {options.OrderId}  {status}").ConfigureAwait(false);
            if (FinalStatuses.Contains(status))
            {
                break;
            }
        }

        return seen;
    }

    private static string ReadStatus(JsonElement payload)
    {
        if (payload.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            throw new GraphQLSocketException("the subscription failed: " + errors[0].GetProperty("message").GetString());
        }

        return payload.GetProperty("data").GetProperty("orderStatusChanged").GetProperty("status").GetString()
            ?? throw new GraphQLSocketException("an event had no status");
    }
}
