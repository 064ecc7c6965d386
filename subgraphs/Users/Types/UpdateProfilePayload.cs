namespace ECommerce.Users.Types;

public sealed record UpdateProfilePayload(User? User, IReadOnlyList<IUpdateProfileError>? Errors);
