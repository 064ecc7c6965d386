namespace Gql.AspNetCore;

/// <summary>The close codes of the <c>graphql-transport-ws</c> protocol (graphql-ws PROTOCOL.md).</summary>
public static class SocketCloseCodes
{
    /// <summary>The sub-protocol of GraphQL over WebSocket.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>A message of an unknown type or an invalid shape ("Invalid message").</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The server rejected <c>connection_init</c>.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not ask for the <c>graphql-transport-ws</c> sub-protocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within <see cref="GraphQLSocketOptions.ConnectionInitWaitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> reused the id of an operation that is still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed unexpectedly.</summary>
    public const int InternalServerError = 4500;
}
