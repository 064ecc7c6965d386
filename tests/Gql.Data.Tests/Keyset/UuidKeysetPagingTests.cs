using System.Text.Json;
using ECommerce.Testing;
using Gql.Execution;
using Gql.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Data.Tests.Keyset;

/// <summary>Keyset cursors on UUID keys, in PostgreSQL's uuid order, and offset cursors on keys SQL cannot compare in a keyset WHERE; a database of its own per test.</summary>
public sealed class UuidKeysetPagingTests : IAsyncLifetime
{
    private const string ShipmentsPage = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          shipments(first: $first, after: $after, last: $last, before: $before) {
            nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    // PostgreSQL compares uuids byte by byte (the order of their text); listed in that order, each
    // pair differs in another group, with the high bit set or not, so any signed or mixed-endian
    // comparison would put some of them elsewhere.
    private static readonly Guid[] Ids =
    [
        Guid.Parse("00000000-0000-0000-0000-000000000001"),
        Guid.Parse("00000000-0000-0000-0000-000000000100"),
        Guid.Parse("00000000-0000-0000-0001-000000000000"),
        Guid.Parse("00000000-0000-0000-8000-000000000000"),
        Guid.Parse("00000000-0000-0001-0000-000000000000"),
        Guid.Parse("00000000-0000-8000-0000-000000000000"),
        Guid.Parse("00000000-0001-0000-0000-000000000000"),
        Guid.Parse("00000000-8000-0000-0000-000000000000"),
        Guid.Parse("00000001-0000-0000-0000-000000000000"),
        Guid.Parse("7fffffff-ffff-ffff-ffff-ffffffffffff"),
        Guid.Parse("80000000-0000-0000-0000-000000000000"),
        Guid.Parse("ffffffff-ffff-ffff-ffff-fffffffffffe"),
    ];

    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly PostgresFixture _postgres = new();
    private readonly SqlLog _log = new();
    private readonly RequestExecutor _executor = new(SchemaBuilder.New().AddQueryType<ShipmentQuery>().Build());
    private DbContextOptions<ShipmentDbContext> _options = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var connectionString = await _postgres.CreateDatabaseAsync("uuid_keyset");
        _options = new DbContextOptionsBuilder<ShipmentDbContext>().UseNpgsql(connectionString).AddInterceptors(_log).Options;
        await using (var db = new ShipmentDbContext(_options))
        {
            await db.Database.EnsureCreatedAsync();

            // Inserted out of order; three share each shipping time, so the id decides among them.
            db.Shipments.AddRange(Ids.Select((id, i) => new Shipment { Id = id, Carrier = i % 2 == 0 ? "even" : "odd", ShippedAt = Start.AddHours(i % 4) }).Reverse());
            db.Parcels.AddRange(Enumerable.Range(1, 5).Reverse().Select(n => new Parcel { Id = new ParcelNumber(n), Label = $"parcel {n}" }));
            await db.SaveChangesAsync();
        }

        _services = new ServiceCollection()
            .AddScoped(_ => new ShipmentDbContext(_options))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task PostgreSQL_orders_the_test_ids_as_listed()
    {
        await using var db = new ShipmentDbContext(_options);

        var ordered = await db.Shipments.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();

        Assert.Equal(Ids, ordered);
        Assert.Equal(Ids, Ids.Order());
    }

    [Fact]
    public async Task Pages_forward_on_the_uuid_key_with_keyset_cursors()
    {
        var pages = new List<JsonElement>();
        var statements = new List<string>();
        string? after = null;
        do
        {
            var (page, sql) = await RunAsync(ShipmentsPage, new() { ["first"] = 5, ["after"] = after });
            pages.Add(page);
            statements.Add(Assert.Single(sql));
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (pages[^1].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() && pages.Count < 5);

        Assert.Equal(3, pages.Count);
        Assert.Equal(Ids, pages.SelectMany(IdsOf));
        Assert.Equal([false, true, true], pages.Select(p => p.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()));
        Assert.All(statements, sql => Assert.DoesNotContain("OFFSET", sql, StringComparison.Ordinal));
        Assert.All(statements[1..], sql => Assert.Matches("WHERE s\\.\"Id\" > @", sql));
    }

    [Fact]
    public async Task Pages_backward_with_last_and_before()
    {
        var (all, _) = await RunAsync("{ shipments(first: 12) { edges { cursor } } }", new());
        var cursors = all.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).ToList();

        var (page, sql) = await RunAsync(ShipmentsPage, new() { ["last"] = 4, ["before"] = cursors[10] });

        Assert.Equal(Ids[6..10], IdsOf(page));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var statement = Assert.Single(sql);
        Assert.Matches("WHERE s\\.\"Id\" < @", statement);
        Assert.Contains("ORDER BY s.\"Id\" DESC", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("OFFSET", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_page_stays_after_the_cursor_when_rows_were_inserted_before_it()
    {
        var (first, _) = await RunAsync(ShipmentsPage, new() { ["first"] = 4 });
        var before = Guid.Parse("00000000-0000-0000-0000-000000000050");
        var after = Guid.Parse("00000000-0000-0000-ffff-000000000000");
        await using (var db = new ShipmentDbContext(_options))
        {
            db.Shipments.AddRange(
                new Shipment { Id = before, Carrier = "inserted before the cursor", ShippedAt = Start },
                new Shipment { Id = after, Carrier = "inserted after the cursor", ShippedAt = Start });
            await db.SaveChangesAsync();
        }

        var (second, _) = await RunAsync(ShipmentsPage, new() { ["first"] = 4, ["after"] = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        Assert.Equal(Ids[..4], IdsOf(first));
        Assert.Equal([after, .. Ids[4..7]], IdsOf(second));
    }

    [Fact]
    public async Task A_time_then_uuid_order_pages_by_keyset_on_both_keys()
    {
        var expected = Ids.Select((id, i) => (id, shippedAt: Start.AddHours(i % 4))).OrderByDescending(s => s.shippedAt).ThenBy(s => s.id).Select(s => s.id).ToList();
        const string Query = "query($after: String) { latestShipments(first: 5, after: $after) { nodes { id } pageInfo { endCursor } } }";

        var (first, _) = await RunAsync(Query, new());
        var (second, sql) = await RunAsync(Query, new() { ["after"] = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        Assert.Equal(expected[..5], IdsOf(first));
        Assert.Equal(expected[5..10], IdsOf(second));
        var statement = Assert.Single(sql);
        Assert.Matches("WHERE s\\.\"ShippedAt\" < @\\S+ OR \\(s\\.\"ShippedAt\" = @\\S+ AND s\\.\"Id\" > @", statement);
        Assert.DoesNotContain("OFFSET", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_pages_per_parent_continue_after_a_uuid_cursor()
    {
        await using var db = new ShipmentDbContext(_options);

        var firstPages = await db.Shipments.OrderBy(s => s.Id).ToBatchPageAsync(s => s.Carrier, new PagingArguments(First: 2));
        var even = firstPages["even"];
        var nextPages = await db.Shipments.Where(s => s.Carrier == "even").OrderBy(s => s.Id)
            .ToBatchPageAsync(s => s.Carrier, new PagingArguments(First: 2, After: even.CreateCursor(even.Items[^1])));

        Assert.Equal([Ids[0], Ids[2]], even.Items.Select(s => s.Id));
        Assert.Equal([Ids[1], Ids[3]], firstPages["odd"].Items.Select(s => s.Id));
        Assert.Equal([Ids[4], Ids[6]], nextPages["even"].Items.Select(s => s.Id));
        Assert.True(nextPages["even"].HasPreviousPage);
    }

    [Fact]
    public async Task A_key_without_comparison_operators_pages_by_offset_in_key_order()
    {
        const string Query = "query($after: String) { parcels(first: 2, after: $after) { nodes { label } pageInfo { endCursor } } }";

        var (first, _) = await RunAsync(Query, new());
        var (second, sql) = await RunAsync(Query, new() { ["after"] = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        Assert.Equal(["parcel 1", "parcel 2"], first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("label").GetString()));
        Assert.Equal(["parcel 3", "parcel 4"], second.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("label").GetString()));
        var statement = Assert.Single(sql);
        Assert.Contains("ORDER BY p.\"Id\"", statement, StringComparison.Ordinal);
        Assert.Contains("OFFSET", statement, StringComparison.Ordinal);
    }

    private static List<Guid> IdsOf(JsonElement page)
        => [.. page.GetProperty("nodes").EnumerateArray().Select(n => Guid.Parse(n.GetProperty("id").GetString()!))];

    private async Task<(JsonElement Page, IReadOnlyList<string> Sql)> RunAsync(string query, Dictionary<string, object?> variables)
    {
        await using var scope = _services.CreateAsyncScope();
        _log.Clear();
        var result = (ExecutionResult)await _executor.ExecuteAsync(new GraphQLRequest(query, Variables: variables) { Services = scope.ServiceProvider });
        using var document = JsonDocument.Parse(result.ToJson());
        Assert.False(document.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var data = document.RootElement.GetProperty("data");
        return (data.EnumerateObject().Single().Value.Clone(), _log.Commands);
    }
}
