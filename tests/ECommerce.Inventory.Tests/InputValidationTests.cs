using System.Text.Json;
using ECommerce.Testing;

namespace ECommerce.Inventory.Tests;

[Collection(InventoryAppCollection.Name)]
public sealed class InputValidationTests(InventoryServerFixture fixture)
{
    private InventoryApi Api => fixture.Host.Api;

    [Fact]
    public async Task Each_broken_rule_of_a_reservation_is_reported_and_nothing_is_reserved()
    {
        var productId = await Api.NewProductAsync(10);
        var orderId = Guid.NewGuid();
        object[] lines =
        [
            new { productId = productId.ToString(), quantity = 2 },
            new { productId = "not-a-uuid", quantity = 1 },
            new { productId = productId.ToString(), quantity = 0 },
            new { productId = Guid.NewGuid().ToString(), quantity = -4 },
        ];

        var payload = await Api.ReserveAsync(orderId.ToString(), lines);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("reservation").ValueKind);
        Assert.Equal(
            ["lines[1].productId", "lines[2].quantity", "lines[3].quantity"],
            payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 0, available: 10);
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(orderId, (productId, 1)));
    }

    [Theory]
    [InlineData("not-an-order", "orderId")]
    [InlineData("00000000-0000-0000-0000-000000000000", "orderId")]
    public async Task A_bad_order_id_is_an_InvalidInputError(string orderId, string field)
    {
        var productId = await Api.NewProductAsync(10);

        var reserve = await Api.ReserveAsync(orderId, [new { productId = productId.ToString(), quantity = 1 }]);
        var commit = (await fixture.Host.GraphQL.DataAsync(Operations.CommitReservation, new { input = new { orderId } }, Api.ServiceToken)).GetProperty("commitReservation");

        Assert.Equal(field, InventoryApi.SingleError(reserve).GetProperty("field").GetString());
        Assert.Equal(field, InventoryApi.SingleError(commit).GetProperty("field").GetString());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 0, available: 10);
    }

    [Fact]
    public async Task A_reservation_needs_a_line()
    {
        var payload = await Api.ReserveAsync(Guid.NewGuid().ToString(), []);

        Assert.Equal("lines", InventoryApi.SingleError(payload).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Merged_lines_above_the_per_product_limit_are_refused()
    {
        var productId = await Api.NewProductAsync(1_000_000);
        var line = new { productId = productId.ToString(), quantity = 60_000 };

        var payload = await Api.ReserveAsync(Guid.NewGuid().ToString(), [line, line]);

        Assert.Equal("lines", InventoryApi.SingleError(payload).GetProperty("field").GetString());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 1_000_000, reserved: 0, available: 1_000_000);
    }

    [Fact]
    public async Task A_missing_input_field_is_a_validation_error_not_a_reservation()
    {
        var result = await fixture.Host.GraphQL.ExecuteAsync(
            "mutation { reserveStock(input: { orderId: \"00000000-0000-4000-8000-000000000001\" }) { reservation { orderId } } }",
            token: Api.ServiceToken);

        Assert.False(result.TryGetProperty("data", out _));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", SubgraphClient.SingleErrorCode(result));
    }
}
