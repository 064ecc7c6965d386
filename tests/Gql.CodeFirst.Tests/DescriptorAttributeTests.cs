using Gql.CodeFirst.Tests.Descriptors;
using Gql.Execution;
using Gql.Types;

namespace Gql.CodeFirst.Tests;

public sealed class DescriptorAttributeTests
{
    private readonly Schema _schema = SchemaBuilder.New()
        .AddQueryType<GadgetQuery>()
        .AddSubscriptionType<GadgetSubscription>()
        .Build();

    [Fact]
    public async Task Field_middleware_runs_in_source_order_with_the_first_attribute_outermost()
    {
        var json = await ExecuteAsync("{ shout ask }");

        Assert.Equal("""{"data":{"shout":"HELLO!","ask":"HELLO?"}}""", json);
    }

    [Fact]
    public async Task Attribute_adds_an_argument_with_a_default_that_its_middleware_reads()
    {
        var json = await ExecuteAsync("{ two: gadgets { name } three: gadgets(limit: 3) { name } }");

        Assert.Equal("""{"data":{"two":[{"name":"a"},{"name":"b"}],"three":[{"name":"a"},{"name":"b"},{"name":"c"}]}}""", json);
        Assert.Equal("gadgets(limit: Int = 2): [Gadget!]!", PrintField("Query", "gadgets"));
    }

    [Fact]
    public async Task Resolver_sees_its_collected_sub_selections_after_fragments_and_skip()
    {
        var inspection = new GadgetInspection();

        await ExecuteAsync(
            "query($hide: Boolean!) { inspect { name ...F w: weight @skip(if: $hide) } } fragment F on Gadget { color name }",
            inspection,
            new Dictionary<string, object?> { ["hide"] = true });

        Assert.Equal(["name:name", "color:color"], inspection.Selected);
    }

    [Fact]
    public void Type_attribute_applies_directives_and_defines_them_once()
    {
        var gadget = _schema.GetType("Gadget")!;

        Assert.Equal(["catalog", "public"], gadget.Directives.Select(d => ((Gql.Language.Syntax.StringValueNode)d.Arguments[0].Value).Value).Order());
        Assert.NotNull(_schema.GetDirective("tag"));
    }

    [Fact]
    public async Task Attribute_can_supply_the_event_stream_and_the_resolver_reads_the_event_message()
    {
        var result = await _schema.ExecuteAsync(new GraphQLRequest("subscription { onTick }"));

        var stream = Assert.IsType<ResponseStream>(result);
        var events = new List<string>();
        await foreach (var item in stream)
        {
            events.Add(item.ToJson());
        }

        Assert.Equal(["""{"data":{"onTick":10}}""", """{"data":{"onTick":20}}""", """{"data":{"onTick":30}}"""], events);
    }

    [Fact]
    public void Subscription_method_without_a_stream_or_stream_attribute_is_a_schema_error()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<GadgetQuery>().AddSubscriptionType<Query>().Build());

        Assert.Contains("must return IAsyncEnumerable<T>", error.Message, StringComparison.Ordinal);
    }

    private async Task<string> ExecuteAsync(string query, GadgetInspection? inspection = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await _schema.ExecuteAsync(new GraphQLRequest(query, Variables: variables) { Services = new TestServices(inspection ?? new GadgetInspection()) });
        return ((ExecutionResult)result).ToJson();
    }

    private string PrintField(string typeName, string fieldName)
    {
        var sdl = SchemaPrinter.Print(_schema);
        var typeStart = sdl.IndexOf($"type {typeName} {{", StringComparison.Ordinal);
        var line = sdl[typeStart..].Split('\n').First(l => l.TrimStart().StartsWith(fieldName + "(", StringComparison.Ordinal) || l.TrimStart().StartsWith(fieldName + ":", StringComparison.Ordinal));
        return line.Trim();
    }
}
