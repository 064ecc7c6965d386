using System.Text.Json.Nodes;

namespace Gql.Types.Tests.Introspection;

public class IntrospectionTests
{
    [Theory]
    [InlineData("KitchenSink")]
    [InlineData("EdgeCases")]
    [InlineData("MoreCases")]
    public void IntrospectionQuery_Schema_MatchesGraphqlJs(string name)
    {
        var schema = TestSchemas.Build(TestSchemas.ReadTestData(name + ".graphql"));
        var expected = JsonNode.Parse(TestSchemas.ReadTestData(name + ".introspection.json"));

        var actual = new MiniExecutor(schema).Execute(TestSchemas.ReadTestData("IntrospectionQuery.graphql"));

        Assert.True(JsonNode.DeepEquals(expected, actual), DescribeFirstDifference(expected, actual, "$"));
    }

    private static string DescribeFirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        return $"{path}.{key} missing";
                    }

                    var inner = DescribeFirstDifference(value, a[key], $"{path}.{key}");
                    if (inner.Length > 0)
                    {
                        return inner;
                    }
                }

                return e.Count != a.Count ? $"{path}: key count {e.Count} vs {a.Count}" : string.Empty;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    var inner = DescribeFirstDifference(e[i], a[i], $"{path}[{i}]");
                    if (inner.Length > 0)
                    {
                        return inner;
                    }
                }

                return e.Count != a.Count ? $"{path}: length {e.Count} vs {a.Count}" : string.Empty;
            default:
                return JsonNode.DeepEquals(expected, actual) ? string.Empty : $"{path}: expected {expected?.ToJsonString()} but was {actual?.ToJsonString()}";
        }
    }
}
