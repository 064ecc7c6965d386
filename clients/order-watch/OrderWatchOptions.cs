namespace ECommerce.OrderWatch;

/// <summary>What to watch and where: from the command line, else from the environment.</summary>
public sealed record OrderWatchOptions(Uri Endpoint, string Email, string Password, string OrderId)
{
    public const string DefaultEndpoint = "http://127.0.0.1:5000/graphql";

    public const string Usage = """
        usage: order-watch --order ORDER_ID [--email EMAIL] [--password PASSWORD] [--url URL]
          --order     the id of the order to watch (yours, or any order when you log in as an admin)
          --email     the account to log in with (env ORDER_WATCH_EMAIL)
          --password  its password (env ORDER_WATCH_PASSWORD)
          --url       the GraphQL endpoint (env ECOMMERCE_GATEWAY_URL; default http://127.0.0.1:5000/graphql)
        Prints one line per status change until the order reaches a final status or Ctrl-C.
        """;

    /// <summary>The options, or null with <paramref name="error"/> saying what is missing or wrong.</summary>
    public static OrderWatchOptions? Parse(IReadOnlyList<string> args, Func<string, string?> environment, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not ("--order" or "--email" or "--password" or "--url"))
            {
                error = $"unknown argument '{args[i]}'";
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{args[i]} needs a value";
                return null;
            }

            values[args[i]] = args[++i];
        }

        var url = values.GetValueOrDefault("--url") ?? environment("ECOMMERCE_GATEWAY_URL") ?? DefaultEndpoint;
        var email = values.GetValueOrDefault("--email") ?? environment("ORDER_WATCH_EMAIL");
        var password = values.GetValueOrDefault("--password") ?? environment("ORDER_WATCH_PASSWORD");
        var order = values.GetValueOrDefault("--order");
        error = (order, email, password) switch
        {
            (null or "", _, _) => "--order is required",
            (_, null or "", _) => "--email (or ORDER_WATCH_EMAIL) is required",
            (_, _, null or "") => "--password (or ORDER_WATCH_PASSWORD) is required",
            _ => null,
        };
        if (error is null && (!Uri.TryCreate(url, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            error = $"--url must be an absolute http(s) URL, not '{url}'";
        }

        return error is null ? new OrderWatchOptions(new Uri(url), email!, password!, order!) : null;
    }

    /// <summary>The WebSocket URL of the same endpoint (ws:// for http://, wss:// for https://).</summary>
    public Uri SocketEndpoint => new UriBuilder(Endpoint) { Scheme = Endpoint.Scheme == "https" ? "wss" : "ws" }.Uri;
}
