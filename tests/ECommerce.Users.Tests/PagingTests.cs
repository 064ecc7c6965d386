using System.Text.Json;
using ECommerce.Testing;
using ECommerce.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ECommerce.Users.Tests;

/// <summary>The admin's users list pages by keyset cursors (sign-up time, then id), on a database of its own.</summary>
public sealed class PagingTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task The_next_page_is_read_from_the_cursor_keys_without_offset()
    {
        // Arrange
        var sql = new SqlCommandCounter();
        await using var host = await StartCountingSqlAsync(sql);
        var admin = await AdminTokenAsync(host);
        var first = await PageAsync(host, admin, new { first = 2 });
        sql.Clear();

        // Act
        var second = await PageAsync(host, admin, new { first = 2, after = EndCursor(first) });

        // Assert
        var page = Assert.Single(sql.Commands, c => c.StartsWith("SELECT u.id", StringComparison.Ordinal));
        Assert.Contains("WHERE u.created_at > @", page, StringComparison.Ordinal);
        Assert.Contains("u.id > @", page, StringComparison.Ordinal);
        Assert.All(sql.Commands, command => Assert.DoesNotContain("OFFSET", command, StringComparison.Ordinal));
        Assert.Equal(2, Ids(second).Count);
        Assert.Empty(Ids(first).Intersect(Ids(second)));
    }

    [Fact]
    public async Task Pages_stay_correct_when_an_account_that_sorts_before_the_cursor_is_added_between_pages()
    {
        // Arrange: the seed accounts and four sign-ups, read two at a time.
        await using var host = await UsersHost.StartAsync(postgres.Server);
        for (var i = 0; i < 4; i++)
        {
            await TestAccounts.SignUpAsync(host.GraphQL);
        }

        var admin = await AdminTokenAsync(host);
        var before = Ids(await PageAsync(host, admin, new { first = 100 }));
        var firstPage = await PageAsync(host, admin, new { first = 2 });

        // An account added now whose sign-up time is older than every listed one (an instance whose clock is behind).
        var (early, _, _) = await TestAccounts.SignUpAsync(host.GraphQL);
        await MoveSignUpTimeAsync(host, early, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));

        // Act
        var read = Ids(firstPage);
        var page = firstPage;
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
        {
            page = await PageAsync(host, admin, new { first = 2, after = EndCursor(page) });
            read.AddRange(Ids(page));
        }

        var lastPage = await PageAsync(host, admin, new { last = 2, before = StartCursor(await PageAsync(host, admin, new { first = 1, after = EndCursor(firstPage) })) });

        // Assert: every account listed before is read once, in order; the new one sorts before the cursor.
        Assert.Equal(before, read);
        Assert.Equal(before.Count + 1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(early, Ids(await PageAsync(host, admin, new { first = 1 })).Single());
        Assert.Equal(before[..2], Ids(lastPage));
    }

    [Fact]
    public async Task Counts_the_accounts_only_when_the_client_selects_totalCount()
    {
        // Arrange
        var sql = new SqlCommandCounter();
        await using var host = await StartCountingSqlAsync(sql);
        var admin = await AdminTokenAsync(host);
        sql.Clear();

        // Act
        var withoutCount = (await host.GraphQL.DataAsync("query { users(first: 2) { nodes { id } } }", null, admin)).GetProperty("users");
        var countsWithout = sql.Commands.Count(IsCount);
        var withCount = await PageAsync(host, admin, new { first = 2 });
        var countsWith = sql.Commands.Count(IsCount);

        // Assert
        Assert.Equal(2, Ids(withoutCount).Count);
        Assert.Equal(0, countsWithout);
        Assert.Equal(1, countsWith);
        Assert.True(withCount.GetProperty("totalCount").GetInt32() >= 2);
    }

    private static bool IsCount(string command) => command.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase);

    private Task<UsersHost> StartCountingSqlAsync(SqlCommandCounter sql)
        => UsersHost.StartAsync(postgres.Server, configure: builder =>
            builder.Services.ConfigureDbContext<UsersContext>(options => options.AddInterceptors(sql)));

    private static Task<string> AdminTokenAsync(UsersHost host) => TestAccounts.LogInAsync(host.GraphQL, UsersSeed.AdminEmail, UsersSeed.AdminPassword);

    private static async Task<JsonElement> PageAsync(UsersHost host, string token, object variables)
        => (await host.GraphQL.DataAsync(Operations.Users, variables, token)).GetProperty("users");

    private static async Task MoveSignUpTimeAsync(UsersHost host, string id, DateTimeOffset createdAt)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE users SET created_at = @createdAt WHERE id = @id", connection);
        command.Parameters.AddWithValue("createdAt", createdAt);
        command.Parameters.AddWithValue("id", Guid.Parse(id));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static string EndCursor(JsonElement page) => page.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

    private static string StartCursor(JsonElement page) => page.GetProperty("pageInfo").GetProperty("startCursor").GetString()!;

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("nodes").EnumerateArray().Select(u => u.GetProperty("id").GetString()!)];
}
