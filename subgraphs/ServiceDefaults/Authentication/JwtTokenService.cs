using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ECommerce.ServiceDefaults.Authentication;

/// <summary>
/// Issues and validates compact JWS tokens signed with HMAC-SHA256 (RFC 7519 / RFC 7515). Only
/// <c>alg: HS256</c> is accepted, so a token cannot choose a weaker algorithm (or <c>none</c>).
/// Claims: <c>sub</c> (user id), <c>role</c> (one or more), <c>email</c>, <c>iss</c>, <c>aud</c>,
/// <c>iat</c>, <c>nbf</c>, <c>exp</c>.
/// </summary>
public sealed class JwtTokenService
{
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";
    public const string EmailClaim = "email";

    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""");

    private readonly JwtOptions _options;
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public JwtTokenService(IOptions<JwtOptions> options, TimeProvider? time = null)
    {
        _options = options.Value;
        _key = Encoding.UTF8.GetBytes(_options.SigningKey ?? string.Empty);
        if (_key.Length < 32)
        {
            throw new InvalidOperationException("Jwt:SigningKey must be at least 32 bytes long for HS256.");
        }

        _time = time ?? TimeProvider.System;
    }

    /// <summary>A signed token for <paramref name="subject"/> with <paramref name="roles"/>, valid for the configured lifetime.</summary>
    public string CreateToken(string subject, IEnumerable<string> roles, string? email = null, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var payload = new Dictionary<string, object>
        {
            [SubjectClaim] = subject,
            [RoleClaim] = roles.ToArray(),
            ["iss"] = _options.Issuer,
            ["aud"] = _options.Audience,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)(lifetime ?? _options.Lifetime).TotalSeconds,
        };
        if (email is not null)
        {
            payload[EmailClaim] = email;
        }

        var signingInput = Base64Url.EncodeToString(Header) + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        return signingInput + "." + Base64Url.EncodeToString(Sign(signingInput));
    }

    /// <summary>A token other services accept as this service acting on its own behalf (role SERVICE).</summary>
    public string CreateServiceToken(string serviceName) => CreateToken("service:" + serviceName, [Roles.Service], lifetime: TimeSpan.FromMinutes(10));

    public TokenValidationResult Validate(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return TokenValidationResult.Fail("The token is not a compact JWS (three dot-separated parts).");
        }

        if (!TryDecodeJson(parts[0], out var header) || !IsHs256(header))
        {
            return TokenValidationResult.Fail("The token header is malformed or its algorithm is not HS256.");
        }

        if (!Base64Url.IsValid(parts[2]) || !CryptographicOperations.FixedTimeEquals(Sign(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2])))
        {
            return TokenValidationResult.Fail("The token signature is invalid.");
        }

        if (!TryDecodeJson(parts[1], out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return TokenValidationResult.Fail("The token payload is malformed.");
        }

        return CheckClaims(payload);
    }

    private TokenValidationResult CheckClaims(JsonElement payload)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)_options.ClockSkew.TotalSeconds;
        if (!payload.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var expires) || expires + skew < now)
        {
            return TokenValidationResult.Fail("The token has expired.");
        }

        if (payload.TryGetProperty("nbf", out var nbf) && nbf.TryGetInt64(out var notBefore) && notBefore - skew > now)
        {
            return TokenValidationResult.Fail("The token is not valid yet.");
        }

        if (StringClaim(payload, "iss") != _options.Issuer || StringClaim(payload, "aud") != _options.Audience)
        {
            return TokenValidationResult.Fail("The token was issued by or for someone else.");
        }

        if (StringClaim(payload, SubjectClaim) is not { Length: > 0 } subject)
        {
            return TokenValidationResult.Fail("The token has no subject.");
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, subject), new(SubjectClaim, subject) };
        if (StringClaim(payload, EmailClaim) is { } email)
        {
            claims.Add(new Claim(ClaimTypes.Email, email));
        }

        foreach (var role in RoleClaims(payload))
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        return new TokenValidationResult(new ClaimsPrincipal(new ClaimsIdentity(claims, "Bearer", ClaimTypes.NameIdentifier, ClaimTypes.Role)), null);
    }

    private static IEnumerable<string> RoleClaims(JsonElement payload)
    {
        if (!payload.TryGetProperty(RoleClaim, out var roles))
        {
            yield break;
        }

        if (roles.ValueKind == JsonValueKind.String)
        {
            yield return roles.GetString()!;
        }
        else if (roles.ValueKind == JsonValueKind.Array)
        {
            foreach (var role in roles.EnumerateArray())
            {
                if (role.ValueKind == JsonValueKind.String)
                {
                    yield return role.GetString()!;
                }
            }
        }
    }

    private static string? StringClaim(JsonElement payload, string name)
        => payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsHs256(JsonElement header)
        => header.ValueKind == JsonValueKind.Object && header.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String && alg.GetString() == "HS256";

    private static bool TryDecodeJson(string part, out JsonElement element)
    {
        element = default;
        if (!Base64Url.IsValid(part))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(part));
            element = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private byte[] Sign(string signingInput) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signingInput));
}
