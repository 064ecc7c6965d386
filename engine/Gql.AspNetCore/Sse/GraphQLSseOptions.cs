namespace Gql.AspNetCore;

/// <summary>Settings of GraphQL over Server-Sent Events (the graphql-sse protocol).</summary>
public sealed class GraphQLSseOptions
{
    /// <summary>GET and POST requests that accept <c>text/event-stream</c> get an event stream (distinct connections mode).</summary>
    public bool Enable { get; set; } = true;

    /// <summary>
    /// Single connection mode: PUT makes a reservation, POSTs with its token run operations on its
    /// stream, DELETE with its token stops one. Off by default, so PUT and DELETE stay 405.
    /// </summary>
    public bool EnableSingleConnectionMode { get; set; }

    /// <summary>When set, a comment line is written at this interval so proxies keep idle streams open.</summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>How long a single-connection reservation (PUT) waits for its event stream before it is dropped.</summary>
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
