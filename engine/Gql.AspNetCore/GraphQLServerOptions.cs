namespace Gql.AspNetCore;

/// <summary>Settings of the GraphQL over HTTP transport.</summary>
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
}
