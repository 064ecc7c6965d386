using ECommerce.Users.Model;

namespace ECommerce.Users.Infrastructure;

/// <summary>One account <see cref="UsersSeed"/> creates when its email is missing.</summary>
public sealed record SeedAccount(string Email, string Password, string Name, string? Phone, string Role, AddressFields? Address);
