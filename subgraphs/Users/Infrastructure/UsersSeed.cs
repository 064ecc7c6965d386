using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Users.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ECommerce.Users.Infrastructure;

/// <summary>
/// The accounts a fresh shop starts with (README.md lists them): one ADMIN and three customers.
/// Runs at every start; an account whose email already exists is left exactly as it is.
/// </summary>
public sealed class UsersSeed(UserStore store, PasswordHasher hasher, ILogger<UsersSeed> logger)
{
    public const string AdminEmail = "admin@shop.local";
    public const string AdminPassword = "Admin#Shop2026";
    public const string CustomerPassword = "Customer#2026";

    public static IReadOnlyList<SeedAccount> Accounts { get; } =
    [
        new(AdminEmail, AdminPassword, "Shop Admin", null, Roles.Admin, null),
        new("alice@example.com", CustomerPassword, "Alice Example", "+49 30 1234567", Roles.Customer,
            new AddressFields("Home", "Hauptstraße 1", null, "Berlin", null, "10115", "DE")),
        new("bob@example.com", CustomerPassword, "Bob Example", null, Roles.Customer,
            new AddressFields("Home", "1 Main Street", "Apt 4", "Springfield", "IL", "62701", "US")),
        new("carol@example.com", CustomerPassword, "Carol Example", "+44 20 7946 0958", Roles.Customer, null),
    ];

    public async Task RunAsync(UsersContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var account in Accounts)
        {
            var email = EmailAddress.Normalize(account.Email);
            var lookup = store.EmailLookup(email);
            if (await context.Users.AnyAsync(u => u.EmailLookup == lookup, cancellationToken))
            {
                continue;
            }

            var user = await store.CreateAsync(email, account.Name, account.Phone, hasher.HashPassword(account.Password), account.Role, cancellationToken);
            if (user is not null && account.Address is { } address)
            {
                await store.ChangeAddressesAsync(Guid.Parse(user.Id), editor => editor.Add(address, isDefault: true), cancellationToken);
            }

            if (user is not null)
            {
                logger.LogInformation("Seeded the {Role} account {UserId}", account.Role, user.Id);
            }
        }
    }
}
