using System.Security.Claims;

namespace ECommerce.ServiceDefaults.Authentication;

/// <summary>The outcome of validating a token: the principal, or why it was refused.</summary>
public sealed record TokenValidationResult(ClaimsPrincipal? Principal, string? Failure)
{
    public bool Succeeded => Principal is not null;

    public static TokenValidationResult Fail(string reason) => new(null, reason);
}
