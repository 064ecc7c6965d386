namespace ECommerce.Users.Infrastructure;

/// <summary>
/// Keys that protect personal data at rest (configuration section <c>Pii</c>, env <c>Pii__Key</c>, ...).
/// Both keys are 32 random bytes in base64. The development defaults are public: never deploy with them.
/// </summary>
public sealed class PiiOptions
{
    public const string SectionName = "Pii";

    /// <summary>Development-only AES-256 key (public in the repository).</summary>
    public const string DevelopmentKey = "e6aDL7osOZlS021Y+UsTEDHlVDeDv4RhDnX5cGg9Ing=";

    /// <summary>Development-only HMAC-SHA256 key of the email lookup column (public in the repository).</summary>
    public const string DevelopmentLookupKey = "mqS3sWC3xW2SEbvV27v4dP/FWViA7QIq+opg0tSmjKU=";

    /// <summary>The AES-256-GCM key new values are encrypted with (base64 of 32 bytes).</summary>
    public string Key { get; set; } = DevelopmentKey;

    /// <summary>The id written in front of every value encrypted with <see cref="Key"/> (1-255), so keys can be rotated.</summary>
    public int KeyId { get; set; } = 1;

    /// <summary>Earlier keys by id, still accepted for decryption after a rotation (id to base64 key).</summary>
    public Dictionary<string, string> RetiredKeys { get; } = [];

    /// <summary>The HMAC-SHA256 key of the email lookup hash (base64 of 32 bytes). Changing it orphans every login.</summary>
    public string LookupKey { get; set; } = DevelopmentLookupKey;

    /// <summary>Whether either key is a public development default.</summary>
    public bool UsesDevelopmentKeys => Key == DevelopmentKey || LookupKey == DevelopmentLookupKey;
}
