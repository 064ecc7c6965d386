using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gql.AspNetCore.Tests.Authorization;

/// <summary>
/// Signs in the user named by the <c>X-Test-User</c> header, with the roles of <c>X-Test-Roles</c>
/// (comma list) and an <c>age</c> claim from <c>X-Test-Age</c>; no header means anonymous. Clients
/// that can only set the user header (the WebSocket test client) write <c>name|role,role</c>.
/// </summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue("X-Test-User", out var name))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var (userName, roles) = name.ToString().Split('|') is [var first, var second] ? (first, second) : (name.ToString(), Request.Headers["X-Test-Roles"].ToString());
        var claims = new List<Claim> { new(ClaimTypes.Name, userName) };
        foreach (var role in roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        if (Request.Headers.TryGetValue("X-Test-Age", out var age))
        {
            claims.Add(new Claim("age", age.ToString()));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
