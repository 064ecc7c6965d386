using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>
/// Queries of default-resolver fields over plain data (dictionaries, lists, values the specified
/// scalars pass through): the executor's dictionary plan, and its hand-over to the general
/// executor for values it does not complete itself.
/// </summary>
public class PlainDataTests
{
    private const string Sdl = """
        enum Availability { IN_STOCK LOW_STOCK }
        type Price { amount: Float! currency: String! }
        type Product { id: ID! name: String price: Price! availability: Availability rating: Int tags: [String!]! matrix: [[Int]] }
        type Query { products: [Product!]! first: Product count: Int }
        """;

    private static Dictionary<string, object?> Product(int i, object? rating = null) => new()
    {
        ["id"] = $"P{i}",
        ["name"] = $"Product {i}",
        ["price"] = new Dictionary<string, object?> { ["amount"] = i * 1.5, ["currency"] = "EUR" },
        ["availability"] = i % 2 == 0 ? "LOW_STOCK" : "IN_STOCK",
        ["rating"] = rating,
        ["tags"] = new List<object?> { "a", $"t{i}" },
        ["matrix"] = new object?[] { new object?[] { i, null }, null },
    };

    private static Dictionary<string, object?> Root(params Dictionary<string, object?>[] products) => new()
    {
        ["products"] = new List<object?>(products),
        ["first"] = products.Length > 0 ? products[0] : null,
        ["count"] = products.Length,
    };

    private const string ProductsQuery = "{ count products { __typename id name price { amount currency } availability rating tags matrix } }";

    [Fact]
    public async Task Completes_nested_dictionaries_lists_enums_and_typename()
    {
        var schema = Schema(Sdl);

        var json = await JsonAsync(schema, ProductsQuery, rootValue: Root(Product(1, 4), Product(2)));

        AssertJson("""
            {"data":{"count":2,"products":[
              {"__typename":"Product","id":"P1","name":"Product 1","price":{"amount":1.5,"currency":"EUR"},"availability":"IN_STOCK","rating":4,"tags":["a","t1"],"matrix":[[1,null],null]},
              {"__typename":"Product","id":"P2","name":"Product 2","price":{"amount":3,"currency":"EUR"},"availability":"LOW_STOCK","rating":null,"tags":["a","t2"],"matrix":[[2,null],null]}]}}
            """, json);
    }

    [Fact]
    public async Task A_null_for_a_non_null_field_is_reported_with_its_path_on_every_request()
    {
        var executor = new RequestExecutor(Schema(Sdl));
        var broken = Product(2);
        ((Dictionary<string, object?>)broken["price"]!)["currency"] = null;
        var request = new GraphQLRequest("{ first { id } products { id price { currency } } }") { RootValue = Root(Product(1), broken) };

        // More requests than the plan tries before leaving the operation to the general executor.
        var results = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            results.Add(((ExecutionResult)await executor.ExecuteAsync(request)).ToJson());
        }

        Assert.All(results, json => AssertJson("""
            {"errors":[{"message":"Cannot return null for non-nullable field Price.currency.","locations":[{"line":1,"column":38}],"path":["products",1,"price","currency"],"extensions":{"code":"NON_NULL_VIOLATION"}}],
             "data":null}
            """, json));
    }

    [Fact]
    public async Task Values_the_plan_does_not_complete_go_through_the_scalars_and_resolvers()
    {
        var schema = Schema(Sdl);
        var product = Product(1, 5L);
        product["price"] = new PriceRecord(2, "USD");
        product["availability"] = "SOLD_OUT";

        var json = await JsonAsync(schema, "{ first { rating price { amount currency } availability } }", rootValue: Root(product));

        AssertJson("""
            {"errors":[{"message":"Enum \"Availability\" cannot represent value: \"SOLD_OUT\"","locations":[{"line":1,"column":44}],"path":["first","availability"],"extensions":{"code":"SERIALIZATION_FAILED"}}],
             "data":{"first":{"rating":5,"price":{"amount":2,"currency":"USD"},"availability":null}}}
            """, json);
    }

    [Fact]
    public async Task Every_request_reads_the_data_again()
    {
        var executor = new RequestExecutor(Schema(Sdl));
        var product = Product(1);
        var request = new GraphQLRequest("{ first { name tags } }") { RootValue = Root(product) };
        var before = ((ExecutionResult)await executor.ExecuteAsync(request)).ToJson();

        product["name"] = "Renamed";
        ((List<object?>)product["tags"]!).Add("new");
        var after = ((ExecutionResult)await executor.ExecuteAsync(request)).ToJson();

        AssertJson("""{"data":{"first":{"name":"Product 1","tags":["a","t1"]}}}""", before);
        AssertJson("""{"data":{"first":{"name":"Renamed","tags":["a","t1","new"]}}}""", after);
    }

    [Fact]
    public async Task Objects_with_other_key_orders_missing_or_extra_keys_each_answer_their_own_values()
    {
        var schema = Schema("type Item { id: ID! name: String rank: Int } type Query { items: [Item!]! }");
        var items = new List<object?>();
        var expected = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            items.Add((i % 4) switch
            {
                0 => new Dictionary<string, object?> { ["id"] = $"I{i}", ["name"] = $"N{i}", ["rank"] = i },
                1 => new Dictionary<string, object?> { ["rank"] = i, ["name"] = $"N{i}", ["id"] = $"I{i}" },
                2 => new Dictionary<string, object?> { ["id"] = $"I{i}", ["note"] = "extra", ["rank"] = i },
                _ => new Dictionary<string, object?> { ["id"] = $"I{i}" },
            });
            expected.Add((i % 4) switch
            {
                0 or 1 => $$"""{"id":"I{{i}}","name":"N{{i}}","rank":{{i}}}""",
                2 => $$"""{"id":"I{{i}}","name":null,"rank":{{i}}}""",
                _ => $$"""{"id":"I{{i}}","name":null,"rank":null}""",
            });
        }

        var executor = new RequestExecutor(schema);
        var request = new GraphQLRequest("{ items { __typename id name rank } }") { RootValue = new Dictionary<string, object?> { ["items"] = items } };
        var first = ((ExecutionResult)await executor.ExecuteAsync(request)).ToJson();
        var second = ((ExecutionResult)await executor.ExecuteAsync(request)).ToJson();

        var expectedJson = """{"data":{"items":[""" + string.Join(",", expected.Select(item => item.Replace("{", """{"__typename":"Item",""", StringComparison.Ordinal))) + "]}}";
        Assert.Equal(expectedJson, first);
        Assert.Equal(expectedJson, second);
    }

    [Fact]
    public async Task Each_dictionary_finds_a_field_with_its_own_key_comparer()
    {
        var schema = Schema("type Item { id: ID name: String } type Query { items: [Item!]! }");
        var items = new List<object?>
        {
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["Id"] = "ordinal", ["name"] = "A" },
            new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["Id"] = "any case", ["name"] = "B" },
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["Id"] = "ordinal again", ["name"] = "C" },
        };

        var root = new Dictionary<string, object?> { ["items"] = items };

        var json = await JsonAsync(schema, "{ items { id name } }", rootValue: root);
        var aliased = await JsonAsync(schema, "{ items { id name same: name } }", rootValue: root);

        Assert.Equal("""{"data":{"items":[{"id":null,"name":"A"},{"id":"any case","name":"B"},{"id":null,"name":"C"}]}}""", json);
        Assert.Equal("""{"data":{"items":[{"id":null,"name":"A","same":"A"},{"id":"any case","name":"B","same":"B"},{"id":null,"name":"C","same":"C"}]}}""", aliased);
    }

    [Fact]
    public async Task Null_items_of_object_lists_are_kept_or_reported_by_their_item_type()
    {
        var schema = Schema("type Item { id: ID! } type Query { loose: [Item] strict: [Item!] }");
        var items = new List<object?> { new Dictionary<string, object?> { ["id"] = "I1" }, null };

        var json = await JsonAsync(schema, "{ loose { id } strict { id } }", rootValue: new Dictionary<string, object?> { ["loose"] = items, ["strict"] = items });

        AssertJson("""
            {"errors":[{"message":"Cannot return null for non-nullable field Query.strict.","locations":[{"line":1,"column":16}],"path":["strict",1],"extensions":{"code":"NON_NULL_VIOLATION"}}],
             "data":{"loose":[{"id":"I1"},null],"strict":null}}
            """, json);
    }

    [Fact]
    public async Task The_same_query_string_sent_again_is_still_checked_against_its_document()
    {
        var executor = new RequestExecutor(Schema(Sdl));
        var invalid = new GraphQLRequest("{ first { unknown } }") { RootValue = Root(Product(1)) };
        var named = new GraphQLRequest("query A { count } query B { first { id } }", OperationName: "B") { RootValue = Root(Product(1)) };

        var invalidResults = new List<string>();
        var namedResults = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            invalidResults.Add(((ExecutionResult)await executor.ExecuteAsync(invalid)).ToJson());
            namedResults.Add(((ExecutionResult)await executor.ExecuteAsync(named)).ToJson());
        }

        Assert.All(invalidResults, json =>
        {
            Assert.StartsWith("""{"errors":[{"message":"Cannot query field \"unknown\" on type \"Product\".""", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
        });
        Assert.All(namedResults, json => AssertJson("""{"data":{"first":{"id":"P1"}}}""", json));
    }

    [Fact]
    public async Task Fields_with_resolvers_next_to_plain_data_run_their_resolvers()
    {
        var calls = 0;
        var schema = Schema(Sdl, b => b.AddResolver("Product", "name", Sync(_ => $"resolved {++calls}")));

        var json = await JsonAsync(schema, "{ products { id name } }", rootValue: Root(Product(1), Product(2)));

        AssertJson("""{"data":{"products":[{"id":"P1","name":"resolved 1"},{"id":"P2","name":"resolved 2"}]}}""", json);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Floats_are_written_like_json_stringify()
    {
        var schema = Schema("type Query { values: [Float] }");
        var root = new Dictionary<string, object?> { ["values"] = new List<object?> { 3.0, -0.0, 1e15, 9007199254740993.0, 0.1, -2.5 } };

        var json = await JsonAsync(schema, "{ values }", rootValue: root);

        Assert.Equal("""{"data":{"values":[3,0,1000000000000000,9007199254740992,0.1,-2.5]}}""", json);
    }

    [Fact]
    public async Task Decimal_fractions_are_written_as_the_shortest_round_trip_text()
    {
        var values = new List<object?>();
        for (var i = -3000; i <= 3000; i++)
        {
            values.Add(i / 10.0);
            values.Add(i / 100.0);
            values.Add(i / 1000.0);
            values.Add(i * 7919 / 1000.0);
            values.Add(i * 104729.0 / 7.0);
        }

        values.AddRange([0.1 + 0.2, 123456789.123, 999999999.5, 1e9 + 0.5, 0.0005, 0.001, 1.0 / 3]);
        var schema = Schema("type Query { values: [Float] }");

        var json = await JsonAsync(schema, "{ values }", rootValue: new Dictionary<string, object?> { ["values"] = values });

        var expected = "{\"data\":{\"values\":[" + string.Join(",", values.Select(v => JsonText((double)v!))) + "]}}";
        Assert.Equal(expected, json);
    }

    // What System.Text.Json writes for a double (shortest round-trip), integral values without the fraction.
    private static string JsonText(double value)
        => Math.Floor(value) == value ? ((long)value).ToString(System.Globalization.CultureInfo.InvariantCulture) : System.Text.Json.JsonSerializer.Serialize(value);

    private sealed record PriceRecord(double Amount, string Currency);
}
