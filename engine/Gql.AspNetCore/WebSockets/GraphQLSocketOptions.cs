namespace Gql.AspNetCore;

/// <summary>Settings of GraphQL over WebSocket (the <c>graphql-transport-ws</c> sub-protocol).</summary>
public sealed class GraphQLSocketOptions
{
    /// <summary>WebSocket upgrade requests on the GraphQL path are accepted.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>How long the server waits for <c>connection_init</c> before closing with 4408.</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>When set, the server sends a <c>ping</c> message at this interval once the connection is acknowledged.</summary>
    public TimeSpan? KeepAliveInterval { get; set; }

    /// <summary>Most outgoing messages queued per socket; a subscription waits while the queue is full.</summary>
    public int SendQueueCapacity { get; set; } = 64;

    /// <summary>Largest accepted incoming message in bytes; larger messages close the socket with 4400.</summary>
    public int MaxMessageSize { get; set; } = 1024 * 1024;
}
