using System.Text.Json;
using ECommerce.Testing;
using Gql.Data.Tests.Model;
using Gql.Execution;
using Gql.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Data.Tests.Subscriptions;

/// <summary>
/// A DbContext injected into the resolvers of subscription events is the event's own (one DI scope
/// per event): no entity tracked by an earlier event hides a later change.
/// </summary>
public sealed class SubscriptionDbContextTests : IAsyncLifetime
{
    private const int ProductId = 7;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly PostgresFixture _postgres = new();
    private readonly PriceChangeFeed _feed = new();
    private DbContextOptions<ShopDbContext> _options = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        var connectionString = await _postgres.CreateDatabaseAsync("events");
        _options = new DbContextOptionsBuilder<ShopDbContext>().UseNpgsql(connectionString).Options;
        await using (var db = new ShopDbContext(_options))
        {
            await db.Database.EnsureCreatedAsync();
            db.Brands.Add(new Brand { Id = 1, Name = "Acme", Country = "DE" });
            db.Products.Add(new Product { Id = ProductId, Name = "Kettle", Price = 10m, BrandId = 1, Code = "K-7", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        _services = new ServiceCollection()
            .AddDbContext<ShopDbContext>(o => o.UseNpgsql(connectionString))
            .AddSingleton(_feed)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task Each_event_reads_through_its_own_DbContext()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShopQuery>().AddSubscriptionType<PriceChangeSubscription>().Build();
        await using var request = _services.CreateAsyncScope();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(
            "subscription { onPriceChanged { dbContextId trackedEntities product { id price } } }") { Services = request.ServiceProvider });
        var stream = Assert.IsType<ResponseStream>(result);
        var events = new List<JsonElement>();

        await using (var enumerator = stream.GetAsyncEnumerator())
        {
            await _feed.Changes.Writer.WriteAsync(ProductId);
            Assert.True(await enumerator.MoveNextAsync().AsTask().WaitAsync(Bound));
            events.Add(Event(enumerator.Current));

            await using (var admin = new ShopDbContext(_options))
            {
                await admin.Products.Where(p => p.Id == ProductId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Price, 12.5m));
            }

            await _feed.Changes.Writer.WriteAsync(ProductId);
            Assert.True(await enumerator.MoveNextAsync().AsTask().WaitAsync(Bound));
            events.Add(Event(enumerator.Current));
        }

        Assert.Equal([10m, 12.5m], events.Select(e => e.GetProperty("product").GetProperty("price").GetDecimal()));
        Assert.All(events, e => Assert.Equal(0, e.GetProperty("trackedEntities").GetInt32()));
        var contextIds = events.Select(e => e.GetProperty("dbContextId").GetString()).ToList();
        Assert.Equal(2, contextIds.Distinct().Count());
        Assert.DoesNotContain(_feed.SubscriptionContextId.ToString(), contextIds);
    }

    private static JsonElement Event(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(result.ToJson());
        Assert.False(document.RootElement.TryGetProperty("errors", out _), result.ToJson());
        return document.RootElement.GetProperty("data").GetProperty("onPriceChanged").Clone();
    }
}
