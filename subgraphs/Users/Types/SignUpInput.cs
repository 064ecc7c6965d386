namespace ECommerce.Users.Types;

public sealed record SignUpInput(string Email, string Password, string Name, string? Phone = null);
