using System.Text.Json;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Testing;
using ECommerce.Users.Infrastructure;

namespace ECommerce.Users.Tests;

[Collection(UsersAppCollection.Name)]
public sealed class AuthorizationTests(UsersServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task Anonymous_users_query_is_AUTH_NOT_AUTHENTICATED()
    {
        var result = await Client.ExecuteAsync(Operations.Users);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", TestAccounts.SingleErrorCode(result));
        AssertNoUsers(result);
    }

    [Fact]
    public async Task Customer_users_query_is_AUTH_NOT_AUTHORIZED()
    {
        var (_, token, _) = await TestAccounts.SignUpAsync(Client);

        var result = await Client.ExecuteAsync(Operations.Users, token: token);

        Assert.Equal("AUTH_NOT_AUTHORIZED", TestAccounts.SingleErrorCode(result));
        AssertNoUsers(result);
    }

    [Fact]
    public async Task Admin_lists_users_with_their_details()
    {
        var (id, _, email) = await TestAccounts.SignUpAsync(Client, name: "Listed Customer");
        var adminToken = await AdminTokenAsync();

        var users = (await Client.DataAsync(Operations.Users, new { first = 100 }, adminToken)).GetProperty("users");

        var nodes = users.GetProperty("nodes").EnumerateArray().ToList();
        var listed = Assert.Single(nodes, u => u.GetProperty("id").GetString() == id);
        Assert.Equal(email, listed.GetProperty("email").GetString());
        Assert.Equal("Listed Customer", listed.GetProperty("name").GetString());
        Assert.Contains(nodes, u => u.GetProperty("email").GetString() == UsersSeed.AdminEmail && u.GetProperty("role").GetString() == "ADMIN");
        Assert.Equal(nodes.Count, users.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Admin_pages_through_users_forwards_and_backwards()
    {
        await TestAccounts.SignUpAsync(Client);
        var adminToken = await AdminTokenAsync();
        var all = Ids((await Client.DataAsync(Operations.Users, new { first = 100 }, adminToken)).GetProperty("users"));

        var first = (await Client.DataAsync(Operations.Users, new { first = 2 }, adminToken)).GetProperty("users");
        var second = (await Client.DataAsync(Operations.Users, new { first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, adminToken)).GetProperty("users");
        var last = (await Client.DataAsync(Operations.Users, new { last = 2 }, adminToken)).GetProperty("users");
        var beforeSecond = (await Client.DataAsync(Operations.Users, new { last = 1, before = second.GetProperty("pageInfo").GetProperty("startCursor").GetString() }, adminToken)).GetProperty("users");

        Assert.Equal(all[..2], Ids(first));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(all[2..4], Ids(second));
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(all[^2..], Ids(last));
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([all[1]], Ids(beforeSecond));
    }

    [Fact]
    public async Task Admin_finds_a_user_by_email_and_customers_cannot()
    {
        var (id, token, email) = await TestAccounts.SignUpAsync(Client);
        const string Query = "query($email: String!) { userByEmail(email: $email) { id } }";

        var found = await Client.DataAsync(Query, new { email = " " + email.ToUpperInvariant() }, await AdminTokenAsync());
        var missing = await Client.DataAsync(Query, new { email = TestAccounts.NewEmail("missing") }, await AdminTokenAsync());
        var refused = await Client.ExecuteAsync(Query, new { email }, token);

        Assert.Equal(id, found.GetProperty("userByEmail").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("userByEmail").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHORIZED", TestAccounts.SingleErrorCode(refused));
    }

    [Fact]
    public async Task A_customer_never_sees_another_customers_personal_data()
    {
        var alice = await TestAccounts.SignUpAsync(Client, name: "Private Alice", phone: "+1 555 0100");
        var bob = await TestAccounts.SignUpAsync(Client, name: "Curious Bob");

        var byId = await Client.ExecuteAsync(Operations.UserById, new { id = alice.Id }, bob.Token);
        var list = await Client.ExecuteAsync(Operations.Users, new { first = 100 }, bob.Token);
        var me = await Client.ExecuteAsync(Operations.Me, token: bob.Token);

        Assert.Equal("AUTH_NOT_AUTHORIZED", TestAccounts.SingleErrorCode(byId));
        Assert.Equal(JsonValueKind.Null, byId.GetProperty("data").GetProperty("userById").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHORIZED", TestAccounts.SingleErrorCode(list));
        foreach (var response in new[] { byId, list, me })
        {
            var text = response.GetRawText();
            Assert.DoesNotContain(alice.Email, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Private Alice", text, StringComparison.Ordinal);
            Assert.DoesNotContain("555 0100", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task User_by_id_serves_the_user_themselves_admins_and_services()
    {
        var alice = await TestAccounts.SignUpAsync(Client, name: "Looked Up");
        var serviceToken = fixture.Host.Token("service:orders", Roles.Service);
        var adminToken = fixture.Host.Token(Guid.NewGuid().ToString(), Roles.Admin);

        var self = await Client.DataAsync(Operations.UserById, new { id = alice.Id }, alice.Token);
        var service = await Client.DataAsync(Operations.UserById, new { id = alice.Id }, serviceToken);
        var admin = await Client.DataAsync(Operations.UserById, new { id = alice.Id }, adminToken);
        var anonymous = await Client.ExecuteAsync(Operations.UserById, new { id = alice.Id });

        Assert.All(new[] { self, service, admin }, d => Assert.Equal("Looked Up", d.GetProperty("userById").GetProperty("name").GetString()));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", TestAccounts.SingleErrorCode(anonymous));
    }

    [Fact]
    public async Task An_invalid_token_is_treated_as_anonymous()
    {
        var (_, token, _) = await TestAccounts.SignUpAsync(Client);

        var result = await Client.ExecuteAsync(Operations.Me, token: token + "x");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", TestAccounts.SingleErrorCode(result));
    }

    private static string[] Ids(JsonElement connection)
        => connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToArray();

    private static void AssertNoUsers(JsonElement result)
    {
        var data = result.GetProperty("data");
        Assert.True(data.ValueKind == JsonValueKind.Null || data.GetProperty("users").ValueKind == JsonValueKind.Null, data.GetRawText());
    }

    private Task<string> AdminTokenAsync() => TestAccounts.LogInAsync(Client, UsersSeed.AdminEmail, UsersSeed.AdminPassword);
}
