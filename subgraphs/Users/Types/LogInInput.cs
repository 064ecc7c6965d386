namespace ECommerce.Users.Types;

public sealed record LogInInput(string Email, string Password);
