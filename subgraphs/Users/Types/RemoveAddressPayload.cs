namespace ECommerce.Users.Types;

/// <summary>The removed address and the user without it.</summary>
public sealed record RemoveAddressPayload(Address? Address, User? User, IReadOnlyList<IRemoveAddressError>? Errors);
