using System.Globalization;
using Gql.Data.Tests.Model;

namespace Gql.Data.Tests;

[Collection(ShopCollection.Name)]
public sealed class OffsetPagingTests(ShopDatabase database)
{
    private readonly ShopHost _host = new(database);

    [Fact]
    public async Task Skip_and_take_return_a_collection_segment_with_offset_and_limit()
    {
        var result = await _host.RunAsync("{ productPage(skip: 4, take: 3) { items { id } pageInfo { hasNextPage hasPreviousPage } } }");

        var page = result.Data.GetProperty("productPage");
        Assert.Equal(["5", "6", "7"], result.Strings(page.GetProperty("items"), "id"));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Contains("LIMIT @", result.Statement, StringComparison.Ordinal);
        Assert.Contains("OFFSET @", result.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_segment_has_no_next_page_and_total_count_counts_the_filtered_rows()
    {
        var result = await _host.RunAsync("{ productPage(skip: 8, take: 5, where: { brandId: { eq: 2 } }) { totalCount items { id } pageInfo { hasNextPage } } }");

        var expected = ShopData.Products.Where(p => p.BrandId == 2).OrderBy(p => p.Id).Skip(8).Take(5).Select(p => p.Id.ToString(CultureInfo.InvariantCulture));
        var page = result.Data.GetProperty("productPage");
        Assert.Equal(expected, result.Strings(page.GetProperty("items"), "id"));
        Assert.Equal(ShopData.Products.Count(p => p.BrandId == 2), page.GetProperty("totalCount").GetInt32());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(2, result.Sql.Count);
    }

    [Theory]
    [InlineData("productPage(take: 51)", DataErrorCodes.PagingMaxPageSizeExceeded)]
    [InlineData("productPage(skip: -1)", DataErrorCodes.PagingNegativeValue)]
    [InlineData("productPage(take: -1)", DataErrorCodes.PagingNegativeValue)]
    public async Task Bad_offset_arguments_are_errors_with_a_code(string field, string code)
    {
        var result = await _host.RunAsync($"{{ {field} {{ items {{ id }} }} }}");

        Assert.Equal(code, result.ErrorCode);
        Assert.Empty(result.Sql);
    }
}
