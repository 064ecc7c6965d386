namespace ECommerce.Users.Model;

/// <summary>
/// A row of the <c>users</c> table. Personal data is only held encrypted (see
/// <see cref="Infrastructure.PiiProtector"/>); <see cref="EmailLookup"/> finds a user by email without storing it.
/// </summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }

    /// <summary>HMAC-SHA256 of the normalized email (unique).</summary>
    public required byte[] EmailLookup { get; set; }

    public required byte[] EmailEncrypted { get; set; }

    public required byte[] NameEncrypted { get; set; }

    public byte[]? PhoneEncrypted { get; set; }

    /// <summary>ASP.NET Core Identity V3 PBKDF2 hash, base64.</summary>
    public required string PasswordHash { get; set; }

    /// <summary>One of <see cref="ServiceDefaults.Authentication.Roles"/> (CUSTOMER or ADMIN).</summary>
    public required string Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<UserAddress> Addresses { get; } = [];
}
