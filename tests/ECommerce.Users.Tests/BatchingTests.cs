using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Testing;
using ECommerce.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Users.Tests;

public sealed class BatchingTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Entity_lookups_for_many_users_run_one_query()
    {
        var counter = new SqlCommandCounter();
        await using var host = await UsersHost.StartAsync(postgres.Server, configure: builder =>
            builder.Services.ConfigureDbContext<UsersContext>(options => options.AddInterceptors(counter)));
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await TestAccounts.SignUpAsync(host.GraphQL)).Id);
        }

        counter.Clear();
        var data = await host.GraphQL.DataAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id name } } }",
            new { representations = ids.Select(id => new { __typename = "User", id }).ToArray() },
            host.Token("service:orders", Roles.Service));

        Assert.Equal(ids, data.GetProperty("_entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Single(counter.Commands, c => c.Contains("FROM users", StringComparison.Ordinal));
    }
}
