using Gql.AspNetCore;

namespace ECommerce.ServiceDefaults.Authentication;

/// <summary>
/// Authenticates a GraphQL over WebSocket connection from its <c>connection_init</c> payload, because
/// browsers cannot set an <c>Authorization</c> header on a WebSocket: <c>{ "Authorization": "Bearer &lt;jwt&gt;" }</c>
/// (or <c>authorization</c>, or <c>{ "token": "&lt;jwt&gt;" }</c>). A valid token becomes the connection's
/// user; an invalid or expired one closes the socket with 4403 Forbidden; no token keeps the user
/// of the upgrade request (a Bearer header, or anonymous).
/// </summary>
public sealed class JwtSocketSessionInterceptor(JwtTokenService tokens) : SocketSessionInterceptor
{
    private const string BearerPrefix = "Bearer ";

    public override ValueTask<SocketConnectResult> OnConnectAsync(ISocketSession session, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (ReadToken(payload) is not { } token)
        {
            return ValueTask.FromResult(SocketConnectResult.Accept());
        }

        var result = tokens.Validate(token);
        if (!result.Succeeded)
        {
            return ValueTask.FromResult(SocketConnectResult.Reject());
        }

        session.HttpContext.User = result.Principal!;
        return ValueTask.FromResult(SocketConnectResult.Accept());
    }

    private static string? ReadToken(IReadOnlyDictionary<string, object?>? payload)
    {
        if (payload is null)
        {
            return null;
        }

        foreach (var key in (ReadOnlySpan<string>)["Authorization", "authorization"])
        {
            if (payload.TryGetValue(key, out var value) && value is string header)
            {
                return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : header.Trim();
            }
        }

        return payload.TryGetValue("token", out var token) && token is string text ? text.Trim() : null;
    }
}
