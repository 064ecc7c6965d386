namespace Gql.AspNetCore;

/// <summary>Settings of the transports served by <c>MapGraphQL</c> (HTTP, WebSocket, SSE) and of the IDE.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Queries may be sent with GET (mutations never are, spec "GET").</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary><c>GET /graphql?sdl</c> returns the schema in SDL.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>A JSON array of requests, or a <c>variables</c> array, runs as a batch.</summary>
    public bool EnableBatching { get; set; } = true;

    /// <summary>Most requests (or variable sets) one batch may hold.</summary>
    public int MaxBatchSize { get; set; } = 1024;

    /// <summary>Largest accepted request body in bytes; larger bodies get 413.</summary>
    public long MaxRequestSize { get; set; } = 20 * 1024 * 1024;

    /// <summary>GraphQL over WebSocket (<c>graphql-transport-ws</c>) on the same path.</summary>
    public GraphQLSocketOptions Sockets { get; } = new();

    /// <summary>GraphQL over Server-Sent Events (graphql-sse) on the same path.</summary>
    public GraphQLSseOptions Sse { get; } = new();

    /// <summary>The Banana Cake Pop IDE served to browsers at <c>GET</c> on the path.</summary>
    public GraphQLToolOptions Tool { get; } = new();

    /// <summary>Document ids, APQ and trusted documents (see README "Persisted operations").</summary>
    public PersistedOperationOptions PersistedOperations { get; } = new();

    /// <summary>Checks run on each HTTP request before execution (cost analysis, ...).</summary>
    public List<IOperationCheck> OperationChecks { get; } = [];
}
