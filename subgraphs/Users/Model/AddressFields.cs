namespace ECommerce.Users.Model;

/// <summary>The parts of a postal address, stored together (encrypted) in <see cref="UserAddress.DataEncrypted"/>.</summary>
public sealed record AddressFields(
    string? Label,
    string Line1,
    string? Line2,
    string City,
    string? Region,
    string PostalCode,
    string Country);
