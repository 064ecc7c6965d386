using System.Text.Json;
using Gql.Data.Tests.Model;
using Gql.DataLoader;
using Gql.Execution;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Data.Tests;

/// <summary>Runs operations against the shop schema on the seeded database and returns the result with the SQL EF Core sent.</summary>
public sealed class ShopHost
{
    private static readonly Lazy<Schema> DefaultSchema = new(() => CreateSchemaBuilder().Build());

    private readonly ShopDatabase _database;
    private readonly RequestExecutor _executor;
    private readonly ServiceProvider _services;

    public ShopHost(ShopDatabase database, Schema? schema = null)
    {
        _database = database;
        _executor = new RequestExecutor(schema ?? DefaultSchema.Value);
        _services = new ServiceCollection()
            .AddScoped(_ => new ShopDbContext(database.Options))
            .AddDataLoaderScope()
            .BuildServiceProvider();
    }

    public static SchemaBuilder CreateSchemaBuilder()
        => SchemaBuilder.New().AddQueryType<ShopQuery>().AddTypeExtension<CustomerOrders>();

    public async Task<ShopResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        _database.Log.Clear();
        var result = (ExecutionResult)await _executor.ExecuteAsync(new GraphQLRequest(query, Variables: variables) { Services = scope.ServiceProvider });
        using var document = JsonDocument.Parse(result.ToJson());
        return new ShopResult(document.RootElement.Clone(), _database.Log.Commands);
    }
}
