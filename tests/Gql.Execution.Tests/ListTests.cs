using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>List completion and nullability of lists and items, after graphql-js lists-test.</summary>
public class ListTests
{
    private static async Task<string> CompleteAsync(string type, object? value)
    {
        var schema = Schema(
            $"type Query {{ nest: DataType }} type DataType {{ test: {type} }}",
            b => b.AddResolver("Query", "nest", Value(new object()))
                  .AddResolver("DataType", "test", Value(value)));
        return WithoutExtensions(await JsonAsync(schema, "{ nest { test } }"));
    }

    private const string NullItemError = """{"message":"Cannot return null for non-nullable field DataType.test.","locations":[{"line":1,"column":10}],"path":["nest","test",1]}""";
    private const string NullListError = """{"message":"Cannot return null for non-nullable field DataType.test.","locations":[{"line":1,"column":10}],"path":["nest","test"]}""";

    [Theory]
    [InlineData("[Int]", """{"data":{"nest":{"test":[1,null,2]}}}""")]
    [InlineData("[Int]!", """{"data":{"nest":{"test":[1,null,2]}}}""")]
    [InlineData("[Int!]", """{"errors":[NULL_ITEM],"data":{"nest":{"test":null}}}""")]
    [InlineData("[Int!]!", """{"errors":[NULL_ITEM],"data":{"nest":null}}""")]
    public async Task Completes_lists_containing_null(string type, string expected)
    {
        Assert.Equal(Normalize(expected.Replace("NULL_ITEM", NullItemError, StringComparison.Ordinal)), await CompleteAsync(type, new object?[] { 1, null, 2 }));
    }

    [Theory]
    [InlineData("[Int]", """{"data":{"nest":{"test":null}}}""")]
    [InlineData("[Int]!", """{"errors":[NULL_LIST],"data":{"nest":null}}""")]
    [InlineData("[Int!]", """{"data":{"nest":{"test":null}}}""")]
    public async Task Completes_null_lists(string type, string expected)
    {
        Assert.Equal(Normalize(expected.Replace("NULL_LIST", NullListError, StringComparison.Ordinal)), await CompleteAsync(type, null));
    }

    [Fact]
    public async Task Accepts_any_enumerable_and_async_sources()
    {
        Assert.Equal("""{"data":{"nest":{"test":[1,2]}}}""", await CompleteAsync("[Int]", new List<int> { 1, 2 }));
        Assert.Equal("""{"data":{"nest":{"test":[1,2]}}}""", await CompleteAsync("[Int]", Enumerable.Range(1, 2).Select(i => i)));
        Assert.Equal("""{"data":{"nest":{"test":[1,2]}}}""", await CompleteAsync("[Int]", new[] { 1, 2 }.AsQueryable()));
        Assert.Equal("""{"data":{"nest":{"test":[1,2]}}}""", await CompleteAsync("[Int]", Task.FromResult(new[] { 1, 2 })));
        Assert.Equal("""{"data":{"nest":{"test":[1,2]}}}""", await CompleteAsync("[Int]", AsyncItems(1, 2)));
        Assert.Equal("""{"data":{"nest":{"test":[1,2]}}}""", await CompleteAsync("[Int]", new object?[] { Task.FromResult(1), new ValueTask<int>(2) }));
    }

    [Fact]
    public async Task Completes_nested_lists()
    {
        Assert.Equal(
            """{"data":{"nest":{"test":[[1],[],[2,3]]}}}""",
            await CompleteAsync("[[Int!]!]", new[] { new[] { 1 }, Array.Empty<int>(), new[] { 2, 3 } }));
    }

    [Fact]
    public async Task Reports_a_value_that_is_not_a_list()
    {
        Assert.Equal(
            """{"errors":[{"message":"Expected Iterable, but did not find one for field \"DataType.test\".","locations":[{"line":1,"column":10}],"path":["nest","test"]}],"data":{"nest":{"test":null}}}""",
            await CompleteAsync("[String]", "not a list"));
    }

    [Fact]
    public async Task Reports_item_errors_with_their_index_and_nulls_nullable_items()
    {
        Assert.Equal(
            """{"errors":[{"message":"bad","locations":[{"line":1,"column":10}],"path":["nest","test",1]}],"data":{"nest":{"test":[1,null,3]}}}""",
            await CompleteAsync("[Int]", new object?[] { 1, Task.FromException<int>(new InvalidOperationException("bad")), 3 }));
    }

    [Fact]
    public async Task Reports_an_enumeration_that_throws_on_the_list_field()
    {
        Assert.Equal(
            """{"errors":[{"message":"broken","locations":[{"line":1,"column":10}],"path":["nest","test"]}],"data":{"nest":{"test":null}}}""",
            await CompleteAsync("[Int]", Broken()));
    }

    private static IEnumerable<int> Broken()
    {
        yield return 1;
        throw new InvalidOperationException("broken");
    }

    private static async IAsyncEnumerable<int> AsyncItems(params int[] items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
