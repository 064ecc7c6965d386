using Gql.AspNetCore;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Data.Tests;

/// <summary>The data options through <c>AddGraphQLServer()</c>, set after the query type was added.</summary>
[Collection(ShopCollection.Name)]
public sealed class ServerBuilderTests(ShopDatabase database)
{
    private static Schema BuildServerSchema()
    {
        var services = new ServiceCollection();
        services.AddGraphQLServer()
            .AddQueryType<ShopQuery>()
            .AddTypeExtension<CustomerOrders>()
            .AddFiltering(o => o.MaxInValues = 2)
            .AddSorting()
            .AddProjections()
            .ModifyPagingOptions(o =>
            {
                o.DefaultPageSize = 2;
                o.IncludeTotalCount = true;
            });
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema;
    }

    [Fact]
    public async Task Options_set_on_the_server_builder_change_page_size_filter_limits_and_total_count()
    {
        var host = new ShopHost(database, BuildServerSchema());

        // One root field per request: the fields share the request's DbContext, which runs one query at a time.
        var counted = await host.RunAsync("{ reviews(first: 1) { totalCount } }");
        var paged = await host.RunAsync("{ products { nodes { id } } }");
        var filtered = await host.RunAsync("{ products(where: { id: { in: [1, 2, 3] } }) { nodes { id } } }");

        Assert.Equal(2, paged.Data.GetProperty("products").GetProperty("nodes").GetArrayLength());
        Assert.Equal(ShopDataReviewCount(), counted.Data.GetProperty("reviews").GetProperty("totalCount").GetInt32());
        Assert.Equal(DataErrorCodes.FilterTooManyValues, filtered.ErrorCode);
    }

    private static int ShopDataReviewCount() => Model.ShopData.Products.Sum(p => p.Reviews.Count);
}
