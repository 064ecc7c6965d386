namespace ECommerce.Users.Types;

public sealed record AddAddressPayload(Address? Address, User? User, IReadOnlyList<IAddAddressError>? Errors);
