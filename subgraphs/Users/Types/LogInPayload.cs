namespace ECommerce.Users.Types;

/// <summary>The user and a token for them, or why the log-in failed.</summary>
public sealed record LogInPayload(User? User, string? Token, IReadOnlyList<ILogInError>? Errors);
