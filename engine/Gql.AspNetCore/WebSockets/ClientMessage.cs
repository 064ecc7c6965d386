namespace Gql.AspNetCore;

/// <summary>
/// One parsed client message: <see cref="Payload"/> is the map of <c>connection_init</c>,
/// <c>ping</c> or <c>pong</c>; <see cref="Subscribe"/> the request of <c>subscribe</c>.
/// </summary>
internal sealed record ClientMessage(
    ClientMessageType Type,
    string? Id = null,
    IReadOnlyDictionary<string, object?>? Payload = null,
    SubscribePayload? Subscribe = null);
