using System.Text.Json;
using ECommerce.Users.Model;
using ECommerce.Users.Types;
using Gql.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ECommerce.Users.Infrastructure;

/// <summary>
/// Reads and writes accounts, encrypting personal data on the way in and decrypting it on the way out.
/// Each call uses its own short-lived <see cref="UsersContext"/>, so sibling resolvers of one request
/// can run at the same time.
/// </summary>
public sealed class UserStore(DbContextOptions<UsersContext> options, PiiProtector pii, TimeProvider time)
{
    public const int MaxPageSize = 100;

    /// <summary>Purposes: the associated data of each encrypted column, bound to the row.</summary>
    private const string EmailPurpose = "users.email:";
    private const string NamePurpose = "users.name:";
    private const string PhonePurpose = "users.phone:";
    private const string AddressPurpose = "addresses.data:";

    public UsersContext CreateContext() => new(options);

    public byte[] EmailLookup(string normalizedEmail) => pii.EmailLookup(normalizedEmail);

    public async Task<User?> GetUserAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        var account = await db.Users.AsNoTracking().Include(u => u.Addresses).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return account is null ? null : ToUser(account);
    }

    public async Task<IReadOnlyList<User>> GetUsersAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        var accounts = await db.Users.AsNoTracking().Include(u => u.Addresses).Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        return accounts.ConvertAll(ToUser);
    }

    /// <summary>
    /// One page of users by sign-up time (oldest first), then id. The cursors hold both (keyset paging:
    /// WHERE on them, no OFFSET), so accounts added or removed before a cursor do not shift the next page.
    /// The accounts are counted only when <paramref name="includeTotalCount"/> (the client selected totalCount).
    /// </summary>
    public async Task<Page<User>> PageUsersAsync(PagingArguments arguments, bool includeTotalCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = CreateContext();
        int? total = includeTotalCount ? await db.Users.CountAsync(cancellationToken) : null;
        var accounts = await db.Users.AsNoTracking().Include(u => u.Addresses)
            .OrderBy(u => u.CreatedAt).ThenBy(u => u.Id)
            .AsSplitQuery()
            .ToPageAsync(arguments, total, cancellationToken);
        var users = new List<User>(accounts.Items.Count);
        var cursors = new Dictionary<User, string>(accounts.Items.Count, ReferenceEqualityComparer.Instance);
        foreach (var account in accounts.Items)
        {
            var user = ToUser(account);
            users.Add(user);
            cursors.Add(user, accounts.CreateCursor(account));
        }

        return new Page<User>(users, accounts.HasNextPage, accounts.HasPreviousPage, user => cursors[user], total);
    }

    public async Task<UserAccount?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var lookup = pii.EmailLookup(normalizedEmail);
        await using var db = CreateContext();
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.EmailLookup == lookup, cancellationToken);
    }

    /// <summary>Adds an account; null when the email is taken (also when another request took it a moment ago).</summary>
    public async Task<User?> CreateAsync(string normalizedEmail, string name, string? phone, string passwordHash, string role, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var account = new UserAccount
        {
            Id = id,
            EmailLookup = pii.EmailLookup(normalizedEmail),
            EmailEncrypted = pii.Protect(normalizedEmail, EmailPurpose + id),
            NameEncrypted = pii.Protect(name, NamePurpose + id),
            PhoneEncrypted = phone is null ? null : pii.Protect(phone, PhonePurpose + id),
            PasswordHash = passwordHash,
            Role = role,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = CreateContext();
        db.Users.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return null;
        }

        return ToUser(account);
    }

    public async Task SetPasswordHashAsync(Guid id, string passwordHash, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        await db.Users.Where(u => u.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, passwordHash), cancellationToken);
    }

    /// <summary>Changes the name and phone (null leaves a value as it is; an empty phone removes it). Null when the user is gone.</summary>
    public async Task<User?> UpdateProfileAsync(Guid id, string? name, string? phone, CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        var account = await db.Users.Include(u => u.Addresses).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (account is null)
        {
            return null;
        }

        if (name is not null)
        {
            account.NameEncrypted = pii.Protect(name, NamePurpose + id);
        }

        if (phone is not null)
        {
            account.PhoneEncrypted = phone.Length == 0 ? null : pii.Protect(phone, PhonePurpose + id);
        }

        account.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ToUser(account);
    }

    /// <summary>
    /// Runs <paramref name="change"/> on the user's tracked account (addresses loaded) and saves it.
    /// Null when the user is gone; otherwise the user after the change and what <paramref name="change"/> returned.
    /// </summary>
    public async Task<(User User, TResult Result)?> ChangeAddressesAsync<TResult>(
        Guid userId, Func<AddressEditor, TResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = CreateContext();
        var account = await db.Users.Include(u => u.Addresses).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var editor = new AddressEditor(account, this, time.GetUtcNow());
        var result = change(editor);
        if (editor.Changed)
        {
            foreach (var removed in editor.Removed)
            {
                db.Addresses.Remove(removed);
            }

            account.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return (ToUser(account), result);
    }

    public byte[] ProtectAddress(Guid addressId, AddressFields fields)
        => pii.Protect(JsonSerializer.Serialize(fields), AddressPurpose + addressId);

    public AddressFields UnprotectAddress(UserAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return JsonSerializer.Deserialize<AddressFields>(pii.Unprotect(address.DataEncrypted, AddressPurpose + address.Id))
               ?? throw new InvalidOperationException($"Address {address.Id} holds no address data.");
    }

    public User ToUser(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new User
        {
            Id = account.Id.ToString(),
            Email = pii.Unprotect(account.EmailEncrypted, EmailPurpose + account.Id),
            Name = pii.Unprotect(account.NameEncrypted, NamePurpose + account.Id),
            Phone = account.PhoneEncrypted is null ? null : pii.Unprotect(account.PhoneEncrypted, PhonePurpose + account.Id),
            Role = account.Role == ServiceDefaults.Authentication.Roles.Admin ? Role.Admin : Role.Customer,
            Addresses = account.Addresses.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Select(ToAddress).ToList(),
            CreatedAt = account.CreatedAt,
        };
    }

    public Address ToAddress(UserAddress address)
    {
        var fields = UnprotectAddress(address);
        return new Address
        {
            Id = address.Id.ToString(),
            Label = fields.Label,
            Line1 = fields.Line1,
            Line2 = fields.Line2,
            City = fields.City,
            Region = fields.Region,
            PostalCode = fields.PostalCode,
            Country = fields.Country,
            IsDefault = address.IsDefault,
        };
    }
}
