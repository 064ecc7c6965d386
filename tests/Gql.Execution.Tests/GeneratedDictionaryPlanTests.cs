using Gql.Types;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>
/// The code the executor generates for a query over plain data once two requests have taught it
/// the data's key orders: whatever the data of a later request, the answer is the one the generic
/// walk (and the general executor it hands over to) gives the same data on a new executor.
/// </summary>
public class GeneratedDictionaryPlanTests
{
    private const string Sdl = """
        enum Status { OPEN CLOSED }
        type Owner { name: String! since: Int }
        type Shop { id: ID! name: String currency: String! open: Boolean status: Status rating: Float owner: Owner tags: [String!] }
        type Query { shop: Shop count: Int! note: String }
        """;

    private const string Query = """
        { shop { id name ...Money status rating owner { name since } tags } other: shop { n: name id } count }
        fragment Money on Shop { currency __typename }
        """;

    // Root fields without aliases: the generated code walks the root's entries up to them.
    private const string PlainQuery = "{ shop { name id open } count }";

    private static readonly Schema ShopSchema = Schema(Sdl);

    private static Dictionary<string, object?> Shop() => new()
    {
        ["id"] = "S1",
        ["name"] = "Shop",
        ["currency"] = "EUR",
        ["open"] = true,
        ["status"] = "OPEN",
        ["rating"] = 4.5,
        ["owner"] = new Dictionary<string, object?> { ["name"] = "Ann", ["since"] = 2019 },
        ["tags"] = new List<object?> { "a", "b" },
    };

    private static Dictionary<string, object?> Root(object? shop) => new() { ["note"] = "n", ["shop"] = shop, ["count"] = 3 };

    public static TheoryData<string> Variants() =>
    [
        "same shape", "keys in another order", "an extra key", "a missing nullable key", "a missing non-null key",
        "case-insensitive keys", "null objects", "a null non-null leaf", "values of other types", "an unknown enum value",
        "an object that is no dictionary", "root keys in another order", "no shop key",
    ];

    private static Dictionary<string, object?> VariantRoot(string variant)
    {
        var shop = Shop();
        var owner = (Dictionary<string, object?>)shop["owner"]!;
        switch (variant)
        {
            case "keys in another order":
                return Root(shop.Reverse().ToDictionary());
            case "an extra key":
                shop["extra"] = 1;
                owner["extra"] = 2;
                break;
            case "a missing nullable key":
                shop.Remove("name");
                owner.Remove("since");
                break;
            case "a missing non-null key":
                owner.Remove("name");
                break;
            case "case-insensitive keys":
                return Root(new Dictionary<string, object?>(shop, StringComparer.OrdinalIgnoreCase) { ["Name"] = "Any case" });
            case "null objects":
                shop["owner"] = null;
                shop["tags"] = null;
                return new Dictionary<string, object?> { ["note"] = "n", ["shop"] = shop, ["count"] = 3 };
            case "a null non-null leaf":
                shop["currency"] = null;
                break;
            case "values of other types":
                shop["name"] = 42;
                shop["open"] = "yes";
                owner["since"] = 2019L;
                shop["rating"] = 4;
                break;
            case "an unknown enum value":
                shop["status"] = "GONE";
                break;
            case "an object that is no dictionary":
                shop["owner"] = new OwnerRecord("Bob", 2020);
                break;
            case "root keys in another order":
                return new Dictionary<string, object?> { ["count"] = 3, ["shop"] = shop, ["note"] = "n" };
            case "no shop key":
                return new Dictionary<string, object?> { ["note"] = "n", ["count"] = 3 };
        }

        return Root(shop);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Generated_code_answers_like_the_generic_walk(string variant)
    {
        foreach (var query in new[] { Query, PlainQuery })
        {
            var taught = new RequestExecutor(ShopSchema);
            await RunAsync(taught, Root(Shop()), query);
            await RunAsync(taught, Root(Shop()), query);
            var expected = await RunAsync(new RequestExecutor(ShopSchema), VariantRoot(variant), query);

            var answers = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                answers.Add(await RunAsync(taught, VariantRoot(variant), query));
            }

            Assert.All(answers, json => Assert.Equal(expected, json));
        }
    }

    [Fact]
    public async Task Generated_code_reads_nested_objects_aliases_fragments_and_leaves()
    {
        var executor = new RequestExecutor(ShopSchema);

        var answers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await RunAsync(executor, i % 2 == 0 ? Root(Shop()) : VariantRoot("keys in another order")));
        }

        Assert.All(answers, json => AssertJson("""
            {"data":{"shop":{"id":"S1","name":"Shop","currency":"EUR","__typename":"Shop","status":"OPEN","rating":4.5,
              "owner":{"name":"Ann","since":2019},"tags":["a","b"]},"other":{"n":"Shop","id":"S1"},"count":3}}
            """, json));
    }

    [Fact]
    public async Task A_null_for_a_non_null_field_is_reported_after_the_code_is_generated()
    {
        var executor = new RequestExecutor(ShopSchema);
        await RunAsync(executor, Root(Shop()));
        await RunAsync(executor, Root(Shop()));

        var json = await RunAsync(executor, VariantRoot("a missing non-null key"));

        AssertJson("""
            {"errors":[{"message":"Cannot return null for non-nullable field Owner.name.","locations":[{"line":1,"column":49}],"path":["shop","owner","name"],"extensions":{"code":"NON_NULL_VIOLATION"}}],
             "data":{"shop":{"id":"S1","name":"Shop","currency":"EUR","__typename":"Shop","status":"OPEN","rating":4.5,"owner":null,"tags":["a","b"]},"other":{"n":"Shop","id":"S1"},"count":3}}
            """, json);
    }

    private static async Task<string> RunAsync(RequestExecutor executor, Dictionary<string, object?> root, string query = Query)
        => ((ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest(query) { RootValue = root })).ToJson();

    private sealed record OwnerRecord(string Name, int Since);
}
