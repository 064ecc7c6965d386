namespace ECommerce.ServiceDefaults.Authentication;

/// <summary>
/// Settings of the HS256 JSON Web Tokens the Users service issues and every service validates
/// (configuration section <c>Jwt</c>). All services of one shop share the signing key.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>Used when no key is configured; fine on a developer machine, never in production.</summary>
    public const string DevelopmentSigningKey = "ecommerce-graphql-development-signing-key-change-me-0123456789";

    public string Issuer { get; set; } = "ecommerce-graphql";

    public string Audience { get; set; } = "ecommerce-graphql";

    /// <summary>The HMAC-SHA256 key as text; at least 32 bytes of UTF-8.</summary>
    public string SigningKey { get; set; } = DevelopmentSigningKey;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Tolerated clock difference between services when checking <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);
}
