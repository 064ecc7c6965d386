using ECommerce.Users.Model;

namespace ECommerce.Users.Infrastructure;

/// <summary>Changes one user's tracked addresses inside <see cref="UserStore.ChangeAddressesAsync{TResult}"/>; keeps at most one default.</summary>
public sealed class AddressEditor
{
    private readonly UserAccount _account;
    private readonly UserStore _store;
    private readonly DateTimeOffset _now;
    private readonly List<UserAddress> _removed = [];

    internal AddressEditor(UserAccount account, UserStore store, DateTimeOffset now)
    {
        _account = account;
        _store = store;
        _now = now;
    }

    public bool Changed { get; private set; }

    internal IReadOnlyList<UserAddress> Removed => _removed;

    public UserAddress? Find(Guid addressId) => _account.Addresses.Find(a => a.Id == addressId);

    public AddressFields Read(UserAddress address) => _store.UnprotectAddress(address);

    public UserAddress Add(AddressFields fields, bool isDefault)
    {
        var id = Guid.CreateVersion7(_now);
        var address = new UserAddress
        {
            Id = id,
            UserId = _account.Id,
            DataEncrypted = _store.ProtectAddress(id, fields),
            // The first address is the default one whatever the input says.
            IsDefault = isDefault || _account.Addresses.Count == 0,
            CreatedAt = _now,
        };
        _account.Addresses.Add(address);
        if (address.IsDefault)
        {
            ClearOtherDefaults(address);
        }

        Changed = true;
        return address;
    }

    public void Update(UserAddress address, AddressFields fields, bool? isDefault)
    {
        ArgumentNullException.ThrowIfNull(address);
        address.DataEncrypted = _store.ProtectAddress(address.Id, fields);
        if (isDefault == true)
        {
            address.IsDefault = true;
            ClearOtherDefaults(address);
        }
        else if (isDefault == false)
        {
            address.IsDefault = false;
        }

        Changed = true;
    }

    public void Remove(UserAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        _account.Addresses.Remove(address);
        _removed.Add(address);
        if (address.IsDefault && _account.Addresses.Count > 0)
        {
            _account.Addresses.OrderBy(a => a.CreatedAt).First().IsDefault = true;
        }

        Changed = true;
    }

    private void ClearOtherDefaults(UserAddress keep)
    {
        foreach (var other in _account.Addresses)
        {
            if (other != keep)
            {
                other.IsDefault = false;
            }
        }
    }
}
