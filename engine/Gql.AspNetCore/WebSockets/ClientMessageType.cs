namespace Gql.AspNetCore;

/// <summary>The messages a <c>graphql-transport-ws</c> client may send.</summary>
internal enum ClientMessageType
{
    ConnectionInit,
    Ping,
    Pong,
    Subscribe,
    Complete,
}
