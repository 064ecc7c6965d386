using System.Text.Json;
using ECommerce.Testing;

namespace ECommerce.Users.Tests;

[Collection(UsersAppCollection.Name)]
public sealed class ProfileTests(UsersServerFixture fixture)
{
    private static readonly object HomeAddress = new { label = "Home", line1 = "Unter den Linden 5", city = "Berlin", postalCode = "10117", country = "de" };
    private static readonly object OfficeAddress = new { label = "Office", line1 = "1 Infinite Loop", city = "Cupertino", region = "CA", postalCode = "95014", country = "US", isDefault = true };

    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task Update_profile_changes_the_name_and_an_empty_phone_removes_it()
    {
        var (_, token, _) = await TestAccounts.SignUpAsync(Client, name: "Old Name", phone: "030 123456");

        var payload = (await Client.DataAsync(Operations.UpdateProfile, new { input = new { name = "New Name", phone = "" } }, token)).GetProperty("updateProfile");
        var me = (await Client.DataAsync(Operations.Me, token: token)).GetProperty("me");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("New Name", me.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("phone").ValueKind);
    }

    [Fact]
    public async Task Update_profile_rejects_an_invalid_phone_and_changes_nothing()
    {
        var (_, token, _) = await TestAccounts.SignUpAsync(Client, name: "Kept Name");

        var payload = (await Client.DataAsync(Operations.UpdateProfile, new { input = new { name = "Other", phone = "12" } }, token)).GetProperty("updateProfile");
        var me = (await Client.DataAsync(Operations.Me, token: token)).GetProperty("me");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("phone", error.GetProperty("field").GetString());
        Assert.Equal("Kept Name", me.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_profile_without_a_token_is_AUTH_NOT_AUTHENTICATED()
    {
        var result = await Client.ExecuteAsync(Operations.UpdateProfile, new { input = new { name = "Nobody" } });

        Assert.Equal("AUTH_NOT_AUTHENTICATED", TestAccounts.SingleErrorCode(result));
    }

    [Fact]
    public async Task Addresses_are_added_updated_and_removed_with_one_default()
    {
        var (_, token, _) = await TestAccounts.SignUpAsync(Client);

        var home = (await Client.DataAsync(Operations.AddAddress, new { input = HomeAddress }, token)).GetProperty("addAddress").GetProperty("address");
        var office = (await Client.DataAsync(Operations.AddAddress, new { input = OfficeAddress }, token)).GetProperty("addAddress").GetProperty("address");
        var homeId = home.GetProperty("id").GetString()!;
        var officeId = office.GetProperty("id").GetString()!;
        var updated = (await Client.DataAsync(Operations.UpdateAddress, new { input = new { id = homeId, line2 = "Floor 3", city = "Potsdam", isDefault = true } }, token)).GetProperty("updateAddress");
        var afterUpdate = updated.GetProperty("user").GetProperty("addresses").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        var removed = (await Client.DataAsync(Operations.RemoveAddress, new { input = new { id = homeId } }, token)).GetProperty("removeAddress");
        var remaining = (await Client.DataAsync(Operations.Me, token: token)).GetProperty("me").GetProperty("addresses");

        Assert.True(home.GetProperty("isDefault").GetBoolean(), "the first address is the default");
        Assert.Equal("DE", home.GetProperty("country").GetString());
        Assert.True(office.GetProperty("isDefault").GetBoolean());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("errors").ValueKind);
        Assert.Equal("Potsdam", updated.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal("Floor 3", updated.GetProperty("address").GetProperty("line2").GetString());
        Assert.Equal("Unter den Linden 5", updated.GetProperty("address").GetProperty("line1").GetString());
        Assert.True(afterUpdate[homeId].GetProperty("isDefault").GetBoolean());
        Assert.False(afterUpdate[officeId].GetProperty("isDefault").GetBoolean());
        Assert.Equal(homeId, removed.GetProperty("address").GetProperty("id").GetString());
        var last = Assert.Single(remaining.EnumerateArray());
        Assert.Equal(officeId, last.GetProperty("id").GetString());
        Assert.True(last.GetProperty("isDefault").GetBoolean(), "the remaining address becomes the default");
    }

    [Fact]
    public async Task Invalid_address_input_is_an_InvalidInputError_per_field()
    {
        var (_, token, _) = await TestAccounts.SignUpAsync(Client);

        var payload = (await Client.DataAsync(Operations.AddAddress, new { input = new { line1 = " ", city = "Berlin", postalCode = "10117", country = "Germany" } }, token)).GetProperty("addAddress");
        var me = (await Client.DataAsync(Operations.Me, token: token)).GetProperty("me");

        Assert.Equal(["line1", "country"], payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(0, me.GetProperty("addresses").GetArrayLength());
    }

    [Fact]
    public async Task Another_users_address_is_not_found_and_stays_unchanged()
    {
        var owner = await TestAccounts.SignUpAsync(Client);
        var other = await TestAccounts.SignUpAsync(Client);
        var address = (await Client.DataAsync(Operations.AddAddress, new { input = HomeAddress }, owner.Token)).GetProperty("addAddress").GetProperty("address");
        var addressId = address.GetProperty("id").GetString()!;

        var update = (await Client.DataAsync(Operations.UpdateAddress, new { input = new { id = addressId, city = "Hacked" } }, other.Token)).GetProperty("updateAddress");
        var remove = (await Client.DataAsync(Operations.RemoveAddress, new { input = new { id = addressId } }, other.Token)).GetProperty("removeAddress");
        var ownerAddresses = (await Client.DataAsync(Operations.Me, token: owner.Token)).GetProperty("me").GetProperty("addresses");

        Assert.Equal("AddressNotFoundError", Assert.Single(update.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
        Assert.Equal(addressId, Assert.Single(remove.GetProperty("errors").EnumerateArray()).GetProperty("addressId").GetString());
        Assert.Equal("Berlin", Assert.Single(ownerAddresses.EnumerateArray()).GetProperty("city").GetString());
    }
}
