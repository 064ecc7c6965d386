using Gql.AspNetCore;

namespace ECommerce.ServiceDefaults.Authentication;

/// <summary><c>builder.AddJwtSocketAuthentication()</c>.</summary>
public static class JwtSocketRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Accepts the JWT in the <c>connection_init</c> payload of GraphQL over WebSocket connections
    /// (<see cref="JwtSocketSessionInterceptor"/>); needs <c>AddServiceDefaults()</c> for the token service.
    /// </summary>
    public static IRequestExecutorBuilder AddJwtSocketAuthentication(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSocketSessionInterceptor<JwtSocketSessionInterceptor>();
    }
}
