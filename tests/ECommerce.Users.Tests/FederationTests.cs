using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Testing;

namespace ECommerce.Users.Tests;

[Collection(UsersAppCollection.Name)]
public sealed class FederationTests(UsersServerFixture fixture)
{
    private const string Entities = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on User { id name email } }
        }
        """;

    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task Entities_resolve_users_by_key_for_a_service()
    {
        var alice = await TestAccounts.SignUpAsync(Client, name: "Entity Alice");
        var bob = await TestAccounts.SignUpAsync(Client, name: "Entity Bob");
        var serviceToken = fixture.Host.Token("service:orders", Roles.Service);

        var data = await Client.DataAsync(Entities, new { representations = new[] { new { __typename = "User", id = bob.Id }, new { __typename = "User", id = alice.Id } } }, serviceToken);

        var names = data.GetProperty("_entities").EnumerateArray().Select(e => e.GetProperty("name").GetString());
        Assert.Equal(["Entity Bob", "Entity Alice"], names);
    }

    [Fact]
    public async Task Entities_do_not_reveal_another_customer()
    {
        var alice = await TestAccounts.SignUpAsync(Client, name: "Hidden Alice");
        var bob = await TestAccounts.SignUpAsync(Client);

        var result = await Client.ExecuteAsync(Entities, new { representations = new[] { new { __typename = "User", id = alice.Id } } }, bob.Token);

        Assert.True(result.TryGetProperty("errors", out _));
        Assert.DoesNotContain("Hidden Alice", result.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(alice.Email, result.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_sdl_declares_User_as_an_entity_keyed_by_id()
    {
        var data = await Client.DataAsync("{ _service { sdl } }");

        var sdl = data.GetProperty("_service").GetProperty("sdl").GetString()!;
        Assert.Contains("type User @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("userById", sdl, StringComparison.Ordinal);
    }
}
