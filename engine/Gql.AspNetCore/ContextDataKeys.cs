namespace Gql.AspNetCore;

/// <summary>Keys of the entries the transports put into a request's <c>ContextData</c>.</summary>
public static class ContextDataKeys
{
    /// <summary>The request's <see cref="System.Security.Claims.ClaimsPrincipal"/> (<c>HttpContext.User</c>).</summary>
    public const string ClaimsPrincipal = "ClaimsPrincipal";

    /// <summary>The <see cref="Microsoft.AspNetCore.Http.HttpContext"/> of the request.</summary>
    public const string HttpContext = "HttpContext";

    /// <summary>The <c>connection_init</c> payload of a GraphQL over WebSocket request (a JSON map, or null).</summary>
    public const string ConnectionInitPayload = "ConnectionInitPayload";
}
