using System.Text.Json;
using ECommerce.Testing;
using Npgsql;

namespace ECommerce.Products.Tests;

[Collection(ProductsAppCollection.Name)]
public sealed class SearchTests(ProductsServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task Search_finds_products_by_a_word_of_their_name()
    {
        var page = await SearchAsync(new { search = "kettlebell", first = 100 });

        var names = page.GetProperty("nodes").Strings("name");
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains("Kettlebell", name, StringComparison.Ordinal));
        Assert.Equal(names.Count, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Search_finds_products_by_a_word_of_their_description()
    {
        var nodes = (await SearchAsync(new { search = "membrane", first = 100 })).GetProperty("nodes");

        Assert.NotEmpty(nodes.EnumerateArray());
        Assert.All(nodes.EnumerateArray(), node =>
        {
            Assert.Equal("hiking-boots", node.GetProperty("category").GetProperty("slug").GetString());
            Assert.DoesNotContain("membrane", node.GetProperty("name").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("membrane", node.GetProperty("description").GetString()!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Search_stems_english_words_so_shoes_finds_shoe()
    {
        var names = (await SearchAsync(new { search = "shoes", first = 100 })).GetProperty("nodes").Strings("name");

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains("Shoe", name, StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => name.Contains("Shoes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_ranks_name_matches_above_description_matches_when_no_order_is_given()
    {
        var names = (await SearchAsync(new { search = "oven", first = 100 })).GetProperty("nodes").Strings("name");

        var inName = names.Select(n => n.Contains("Dutch Oven", StringComparison.Ordinal)).ToList();
        Assert.Contains(true, inName);
        Assert.Contains(false, inName);
        Assert.True(inName.LastIndexOf(true) < inName.IndexOf(false), $"name matches should come first: {string.Join(", ", names)}");
    }

    [Fact]
    public async Task Search_combines_with_where_order_and_paging()
    {
        var where = new { price = new { lt = 250 } };
        var order = new[] { new { price = "ASC" } };
        var first = await SearchAsync(new { search = "jacket", where, order, first = 5 });
        var second = await SearchAsync(new { search = "jacket", where, order, first = 5, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        var all = await SearchAsync(new { search = "jacket", where, order, first = 100 });

        var pages = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray()).ToList();
        Assert.Equal(10, pages.Count);
        Assert.All(pages, n => Assert.Contains("Jacket", n.GetProperty("name").GetString()!, StringComparison.Ordinal));
        var prices = pages.Select(n => n.GetProperty("price").GetDecimal()).ToList();
        Assert.Equal(prices.Order(), prices);
        Assert.All(prices, p => Assert.True(p < 250m));
        Assert.Equal(all.GetProperty("nodes").Prices().Take(10), prices);
        Assert.Equal(all.GetProperty("nodes").GetArrayLength(), first.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_search_without_matches_gives_an_empty_connection()
    {
        var page = await SearchAsync(new { search = "xylophone" });

        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, page.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_search_text_longer_than_200_characters_is_refused_before_any_sql()
    {
        fixture.Sql.Clear();

        var result = await Client.ExecuteAsync(Operations.Products, new { search = new string('a', 201) });

        Assert.Equal("PRODUCTS_SEARCH_TOO_LONG", result.SingleErrorCode());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("products").ValueKind);
        Assert.Empty(fixture.Sql.AllCommands);
    }

    [Fact]
    public async Task Search_sql_matches_the_generated_tsvector_column_through_its_gin_index()
    {
        fixture.Sql.Clear();
        await SearchAsync(new { search = "trail shoe", first = 5 });

        var search = fixture.Sql.AllCommands.Last(c => c.Sql.Contains("@@", StringComparison.Ordinal));
        Assert.Contains("search_vector @@ websearch_to_tsquery", search.Sql, StringComparison.Ordinal);
        Assert.Contains("ts_rank(", search.Sql, StringComparison.Ordinal);
        var plan = await ExplainAsync(search);
        Assert.Contains("ix_products_search_vector", plan, StringComparison.Ordinal);
        var definition = await IndexDefinitionAsync("ix_products_search_vector");
        Assert.Contains("USING gin (search_vector)", definition, StringComparison.Ordinal);
    }

    private async Task<JsonElement> SearchAsync(object variables)
        => (await Client.DataAsync(Operations.Products, variables)).GetProperty("products");

    /// <summary>The plan of the statement EF Core sent, with sequential scans off (a 1,200-row table is small enough that the planner may prefer one).</summary>
    private async Task<string> ExplainAsync(RecordedSqlCommand recorded)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN " + recorded.Sql, connection);
        foreach (var (name, value) in recorded.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines);
    }

    private async Task<string> IndexDefinitionAsync(string index)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE indexname = @index", connection);
        command.Parameters.AddWithValue("index", index);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
