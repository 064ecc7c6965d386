namespace ECommerce.Users.Types;

public sealed record UpdateAddressPayload(Address? Address, User? User, IReadOnlyList<IUpdateAddressError>? Errors);
