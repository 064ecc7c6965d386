namespace ECommerce.Users.Model;

/// <summary>A row of the <c>addresses</c> table: the address fields are one encrypted JSON document.</summary>
public sealed class UserAddress
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The encrypted <see cref="AddressFields"/> JSON.</summary>
    public required byte[] DataEncrypted { get; set; }

    public bool IsDefault { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
