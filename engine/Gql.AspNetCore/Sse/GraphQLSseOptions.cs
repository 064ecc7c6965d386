namespace Gql.AspNetCore;

/// <summary>Settings of GraphQL over Server-Sent Events (the graphql-sse protocol).</summary>
public sealed class GraphQLSseOptions
{
    /// <summary>Requests that accept <c>text/event-stream</c> get an event stream (and PUT makes reservations).</summary>
    public bool Enable { get; set; } = true;

    /// <summary>When set, a comment line is written at this interval so proxies keep idle streams open.</summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>How long a single-connection reservation (PUT) waits for its event stream before it is dropped.</summary>
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
