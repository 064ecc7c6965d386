using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore.Authorization;

/// <summary><c>builder.AddAuthorization()</c>.</summary>
public static class AuthorizationRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Turns on authorization for the schema: registers the ASP.NET Core authorization services
    /// (kept if already registered). <c>[Authorize]</c> with roles works without it; policies need the services.
    /// </summary>
    public static IRequestExecutorBuilder AddAuthorization(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>Like <see cref="AddAuthorization(IRequestExecutorBuilder)"/>, also configuring the policies.</summary>
    public static IRequestExecutorBuilder AddAuthorization(this IRequestExecutorBuilder builder, Action<AuthorizationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder.AddAuthorization();
    }
}
