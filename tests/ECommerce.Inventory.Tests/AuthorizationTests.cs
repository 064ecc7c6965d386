using System.Text.Json;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Testing;
using Microsoft.Extensions.Options;

namespace ECommerce.Inventory.Tests;

[Collection(InventoryAppCollection.Name)]
public sealed class AuthorizationTests(InventoryServerFixture fixture)
{
    private InventoryApi Api => fixture.Host.Api;

    public static TheoryData<string, string> NotServices => new()
    {
        { "anonymous", "AUTH_NOT_AUTHENTICATED" },
        { Roles.Customer, "AUTH_NOT_AUTHORIZED" },
        { Roles.Admin, "AUTH_NOT_AUTHORIZED" },
    };

    public static TheoryData<string, string> NotAdmins => new()
    {
        { "anonymous", "AUTH_NOT_AUTHENTICATED" },
        { Roles.Customer, "AUTH_NOT_AUTHORIZED" },
        { Roles.Service, "AUTH_NOT_AUTHORIZED" },
    };

    [Theory]
    [MemberData(nameof(NotServices))]
    public async Task Only_services_reserve_stock(string caller, string code)
    {
        var productId = await Api.NewProductAsync(5);
        var orderId = Guid.NewGuid();

        var result = await fixture.Host.GraphQL.ExecuteAsync(
            Operations.ReserveStock,
            new { input = new { orderId, lines = new[] { new { productId, quantity = 1 } } } },
            TokenOf(caller));

        AssertRefused(result, "reserveStock", code);
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 5, reserved: 0, available: 5);
        Assert.Equal("ReservationNotFoundError", InventoryApi.ErrorTypes(await Api.ReleaseAsync(orderId)).Single());
    }

    [Theory]
    [MemberData(nameof(NotServices))]
    public async Task Only_services_commit_release_or_restock_reservations(string caller, string code)
    {
        var productId = await Api.NewProductAsync(5);
        var orderId = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(orderId, (productId, 2)));
        var variables = new { input = new { orderId } };

        var commit = await fixture.Host.GraphQL.ExecuteAsync(Operations.CommitReservation, variables, TokenOf(caller));
        var release = await fixture.Host.GraphQL.ExecuteAsync(Operations.ReleaseReservation, variables, TokenOf(caller));
        var restock = await fixture.Host.GraphQL.ExecuteAsync(Operations.RestockReservation, variables, TokenOf(caller));

        AssertRefused(commit, "commitReservation", code);
        AssertRefused(release, "releaseReservation", code);
        AssertRefused(restock, "restockReservation", code);
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 5, reserved: 2, available: 3);
    }

    [Theory]
    [MemberData(nameof(NotAdmins))]
    public async Task Only_admins_set_or_adjust_stock(string caller, string code)
    {
        var productId = await Api.NewProductAsync(5);

        var set = await fixture.Host.GraphQL.ExecuteAsync(Operations.SetStock, new { input = new { productId, onHand = 100 } }, TokenOf(caller));
        var adjust = await fixture.Host.GraphQL.ExecuteAsync(Operations.AdjustStock, new { input = new { productId, delta = 100 } }, TokenOf(caller));

        AssertRefused(set, "setStock", code);
        AssertRefused(adjust, "adjustStock", code);
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 5, reserved: 0, available: 5);
    }

    [Fact]
    public async Task A_service_token_signed_with_another_key_is_not_a_service()
    {
        var productId = await Api.NewProductAsync(5);
        var forger = new JwtTokenService(Options.Create(new JwtOptions { SigningKey = "a key the shop does not know, 32+ bytes long" }));

        var result = await fixture.Host.GraphQL.ExecuteAsync(
            Operations.ReserveStock,
            new { input = new { orderId = Guid.NewGuid(), lines = new[] { new { productId, quantity = 5 } } } },
            forger.CreateServiceToken("orders"));

        AssertRefused(result, "reserveStock", "AUTH_NOT_AUTHENTICATED");
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 5, reserved: 0, available: 5);
    }

    private string? TokenOf(string caller) => caller == "anonymous" ? null : fixture.Host.Token(Guid.NewGuid().ToString(), caller);

    private static void AssertRefused(JsonElement result, string field, string code)
    {
        Assert.Equal(code, SubgraphClient.SingleErrorCode(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
        Assert.Equal(field, result.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }
}
