using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ECommerce.ServiceDefaults.Authentication;

/// <summary>
/// The <c>Bearer</c> authentication scheme over <see cref="JwtTokenService"/> (the JwtBearer
/// package cannot be restored here). No header: anonymous; a bad token: authentication fails
/// and the request stays anonymous, with the reason in the <c>WWW-Authenticate</c> challenge.
/// </summary>
public sealed class JwtBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    JwtTokenService tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private const string FailureKey = "ECommerce.JwtFailure";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var result = tokens.Validate(header["Bearer ".Length..].Trim());
        if (!result.Succeeded)
        {
            Context.Items[FailureKey] = result.Failure;
            return Task.FromResult(AuthenticateResult.Fail(result.Failure!));
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(result.Principal!, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = Context.Items.TryGetValue(FailureKey, out var failure)
            ? $"Bearer error=\"invalid_token\", error_description=\"{failure}\""
            : "Bearer";
        return Task.CompletedTask;
    }
}
