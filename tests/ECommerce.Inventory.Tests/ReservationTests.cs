using System.Text.Json;

namespace ECommerce.Inventory.Tests;

[Collection(InventoryAppCollection.Name)]
public sealed class ReservationTests(InventoryServerFixture fixture)
{
    private InventoryApi Api => fixture.Host.Api;

    [Fact]
    public async Task Reserve_then_commit_takes_the_units_out_of_stock()
    {
        var productId = await Api.NewProductAsync(10);
        var orderId = Guid.NewGuid();

        var reserved = await Api.ReserveAsync(orderId, (productId, 3));
        var whileReserved = await Api.LevelAsync(productId);
        var committed = await Api.CommitAsync(orderId);
        var afterCommit = await Api.LevelAsync(productId);

        InventoryApi.AssertNoErrors(reserved);
        var reservation = reserved.GetProperty("reservation");
        Assert.Equal(orderId.ToString(), reservation.GetProperty("orderId").GetString());
        Assert.Equal("RESERVED", reservation.GetProperty("status").GetString());
        var line = Assert.Single(reservation.GetProperty("lines").EnumerateArray());
        Assert.Equal(productId.ToString(), line.GetProperty("productId").GetString());
        Assert.Equal(3, line.GetProperty("quantity").GetInt32());
        InventoryApi.AssertLevel(whileReserved, onHand: 10, reserved: 3, available: 7);
        InventoryApi.AssertNoErrors(committed);
        Assert.Equal("COMMITTED", committed.GetProperty("reservation").GetProperty("status").GetString());
        InventoryApi.AssertLevel(afterCommit, onHand: 7, reserved: 0, available: 7);
    }

    [Fact]
    public async Task Release_makes_the_units_available_again()
    {
        var productId = await Api.NewProductAsync(5);
        var orderId = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(orderId, (productId, 5)));

        var released = await Api.ReleaseAsync(orderId);

        InventoryApi.AssertNoErrors(released);
        Assert.Equal("RELEASED", released.GetProperty("reservation").GetProperty("status").GetString());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 5, reserved: 0, available: 5);
    }

    [Fact]
    public async Task Commit_and_release_repeated_return_the_first_outcome_and_change_stock_once()
    {
        var productId = await Api.NewProductAsync(10);
        var committedOrder = Guid.NewGuid();
        var releasedOrder = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(committedOrder, (productId, 2)));
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(releasedOrder, (productId, 3)));

        var commits = new[] { await Api.CommitAsync(committedOrder), await Api.CommitAsync(committedOrder) };
        var releases = new[] { await Api.ReleaseAsync(releasedOrder), await Api.ReleaseAsync(releasedOrder) };

        Assert.All(commits, InventoryApi.AssertNoErrors);
        Assert.All(releases, InventoryApi.AssertNoErrors);
        Assert.Equal(commits[0].GetRawText(), commits[1].GetRawText());
        Assert.Equal(releases[0].GetRawText(), releases[1].GetRawText());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 8, reserved: 0, available: 8);
    }

    [Fact]
    public async Task Committing_a_released_reservation_or_releasing_a_committed_one_is_a_status_conflict()
    {
        var productId = await Api.NewProductAsync(10);
        var released = Guid.NewGuid();
        var committed = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(released, (productId, 1)));
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(committed, (productId, 2)));
        InventoryApi.AssertNoErrors(await Api.ReleaseAsync(released));
        InventoryApi.AssertNoErrors(await Api.CommitAsync(committed));

        var commitReleased = await Api.CommitAsync(released);
        var releaseCommitted = await Api.ReleaseAsync(committed);

        var commitError = InventoryApi.SingleError(commitReleased);
        Assert.Equal("ReservationStatusConflictError", commitError.GetProperty("__typename").GetString());
        Assert.Equal("RELEASED", commitError.GetProperty("status").GetString());
        Assert.Equal(released.ToString(), commitError.GetProperty("orderId").GetString());
        Assert.Equal(JsonValueKind.Null, commitReleased.GetProperty("reservation").ValueKind);
        var releaseError = InventoryApi.SingleError(releaseCommitted);
        Assert.Equal("ReservationStatusConflictError", releaseError.GetProperty("__typename").GetString());
        Assert.Equal("COMMITTED", releaseError.GetProperty("status").GetString());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 8, reserved: 0, available: 8);
    }

    [Fact]
    public async Task Commit_or_release_of_an_unknown_order_is_ReservationNotFoundError()
    {
        var orderId = Guid.NewGuid();

        var commit = await Api.CommitAsync(orderId);
        var release = await Api.ReleaseAsync(orderId);

        foreach (var payload in new[] { commit, release })
        {
            var error = InventoryApi.SingleError(payload);
            Assert.Equal("ReservationNotFoundError", error.GetProperty("__typename").GetString());
            Assert.Equal(orderId.ToString(), error.GetProperty("orderId").GetString());
        }
    }

    [Fact]
    public async Task A_multi_line_reservation_reserves_every_line_or_none()
    {
        var plenty = await Api.NewProductAsync(10);
        var scarce = await Api.NewProductAsync(2);
        var missing = Guid.NewGuid();
        var orderId = Guid.NewGuid();

        var payload = await Api.ReserveAsync(orderId, (plenty, 4), (scarce, 3), (missing, 1));

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("reservation").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("productId").GetString()!);
        Assert.Equal(2, errors.Count);
        Assert.All(errors.Values, e => Assert.Equal("InsufficientStockError", e.GetProperty("__typename").GetString()));
        Assert.Equal(3, errors[scarce.ToString()].GetProperty("requested").GetInt32());
        Assert.Equal(2, errors[scarce.ToString()].GetProperty("available").GetInt32());
        Assert.Equal(0, errors[missing.ToString()].GetProperty("available").GetInt32());
        InventoryApi.AssertLevel(await Api.LevelAsync(plenty), onHand: 10, reserved: 0, available: 10);
        InventoryApi.AssertLevel(await Api.LevelAsync(scarce), onHand: 2, reserved: 0, available: 2);
        Assert.Equal("ReservationNotFoundError", InventoryApi.ErrorTypes(await Api.ReleaseAsync(orderId)).Single());
    }

    [Fact]
    public async Task A_failed_reservation_leaves_the_order_free_to_try_again()
    {
        var productId = await Api.NewProductAsync(1);
        var orderId = Guid.NewGuid();
        Assert.Equal("InsufficientStockError", InventoryApi.ErrorTypes(await Api.ReserveAsync(orderId, (productId, 2))).Single());
        InventoryApi.AssertNoErrors(await Api.AdjustStockAsync(productId, 1));

        var retry = await Api.ReserveAsync(orderId, (productId, 2));

        InventoryApi.AssertNoErrors(retry);
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 2, reserved: 2, available: 0);
    }

    [Fact]
    public async Task Lines_of_the_same_product_are_merged_into_one()
    {
        var productId = await Api.NewProductAsync(10);
        var other = await Api.NewProductAsync(10);

        var payload = await Api.ReserveAsync(Guid.NewGuid(), (productId, 2), (other, 1), (productId, 3));

        InventoryApi.AssertNoErrors(payload);
        var lines = payload.GetProperty("reservation").GetProperty("lines").EnumerateArray()
            .ToDictionary(l => l.GetProperty("productId").GetString()!, l => l.GetProperty("quantity").GetInt32());
        Assert.Equal(new Dictionary<string, int> { [productId.ToString()] = 5, [other.ToString()] = 1 }, lines);
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 5, available: 5);
    }

    [Fact]
    public async Task Reserving_the_same_order_twice_reserves_once_and_returns_the_same_reservation()
    {
        var productId = await Api.NewProductAsync(10);
        var orderId = Guid.NewGuid();

        var first = await Api.ReserveAsync(orderId, (productId, 4));
        var repeat = await Api.ReserveAsync(orderId, (productId, 4));

        InventoryApi.AssertNoErrors(first);
        Assert.Equal(first.GetRawText(), repeat.GetRawText());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 4, available: 6);
    }

    [Fact]
    public async Task Concurrent_reservations_of_one_order_reserve_once()
    {
        var productId = await Api.NewProductAsync(100);
        var orderId = Guid.NewGuid();

        var payloads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Api.ReserveAsync(orderId, (productId, 7))));

        Assert.All(payloads, InventoryApi.AssertNoErrors);
        Assert.Single(payloads.Select(p => p.GetRawText()).Distinct());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 100, reserved: 7, available: 93);
    }

    [Fact]
    public async Task A_repeat_with_other_lines_is_refused_and_changes_nothing()
    {
        var productId = await Api.NewProductAsync(10);
        var orderId = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(orderId, (productId, 1)));

        var changed = await Api.ReserveAsync(orderId, (productId, 5));

        var error = InventoryApi.SingleError(changed);
        Assert.Equal("InvalidInputError", error.GetProperty("__typename").GetString());
        Assert.Equal("lines", error.GetProperty("field").GetString());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 1, available: 9);
    }
}
