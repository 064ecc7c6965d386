namespace ECommerce.Users.Types;

/// <summary>The new user and a token for them, or why the account was not created.</summary>
public sealed record SignUpPayload(User? User, string? Token, IReadOnlyList<ISignUpError>? Errors);
