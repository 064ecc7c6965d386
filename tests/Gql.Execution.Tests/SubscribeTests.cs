using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Gql.Types.Resolvers;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>Subscriptions (spec section 6.2.3), after graphql-js subscribe-test.</summary>
public class SubscribeTests
{
    private const string Sdl = """
        type Query { dummy: String }
        type Email { from: String subject: String }
        type Subscription { importantEmail(priority: Int): Email failing: Email notAStream: Email }
        """;

    private static async IAsyncEnumerable<object?> Read(ChannelReader<object?> reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in reader.ReadAllAsync(cancellationToken))
        {
            yield return item;
        }
    }

    private static (Gql.Types.Schema Schema, Channel<object?> Channel, List<IResolverContext> Contexts) Build()
    {
        var channel = Channel.CreateUnbounded<object?>();
        var contexts = new List<IResolverContext>();
        var schema = Schema(Sdl, b => b
            .AddSubscriber("Subscription", "importantEmail", c =>
            {
                contexts.Add(c);
                return new ValueTask<IAsyncEnumerable<object?>>(Read(channel.Reader, c.RequestAborted));
            })
            .AddSubscriber("Subscription", "failing", _ => throw new InvalidOperationException("subscribe failed"))
            .AddResolver("Subscription", "importantEmail", Sync(c => c.ParentValue)));
        return (schema, channel, contexts);
    }

    [Fact]
    public async Task Maps_each_source_event_to_an_execution_result()
    {
        var (schema, channel, contexts) = Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest("subscription ($p: Int) { importantEmail(priority: $p) { from subject } }", Variables: new Dictionary<string, object?> { ["p"] = 1 }));
        var stream = Assert.IsType<ResponseStream>(result);
        await using var enumerator = stream.GetAsyncEnumerator();

        await channel.Writer.WriteAsync(new Dictionary<string, object?> { ["from"] = "yuzhi@graphql.org", ["subject"] = "Alright" });
        Assert.True(await enumerator.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("""{"data":{"importantEmail":{"from":"yuzhi@graphql.org","subject":"Alright"}}}""", enumerator.Current.ToJson());

        await channel.Writer.WriteAsync(new Dictionary<string, object?> { ["from"] = "hyo@graphql.org", ["subject"] = "Tools" });
        Assert.True(await enumerator.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("""{"data":{"importantEmail":{"from":"hyo@graphql.org","subject":"Tools"}}}""", enumerator.Current.ToJson());

        channel.Writer.Complete();
        Assert.False(await enumerator.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, Assert.Single(contexts).ArgumentValue<int>("priority"));
    }

    [Fact]
    public async Task Disposing_the_stream_cancels_the_source()
    {
        var (schema, _, contexts) = Build();
        var stream = Assert.IsType<ResponseStream>(await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { importantEmail { from } }")));
        var token = Assert.Single(contexts).RequestAborted;

        await stream.DisposeAsync();

        Assert.True(token.IsCancellationRequested);
    }

    [Fact]
    public async Task Cancelling_the_enumeration_stops_it()
    {
        var (schema, _, _) = Build();
        var stream = Assert.IsType<ResponseStream>(await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { importantEmail { from } }")));
        using var cancellation = new CancellationTokenSource();
        await using var enumerator = stream.GetAsyncEnumerator(cancellation.Token);

        var next = enumerator.MoveNextAsync().AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Reports_subscriber_errors_without_data()
    {
        var (schema, _, _) = Build();

        var result = Assert.IsType<ExecutionResult>(await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { failing { from } }")));

        Assert.Equal(
            """{"errors":[{"message":"subscribe failed","locations":[{"line":1,"column":16}],"path":["failing"]}]}""",
            WithoutExtensions(result.ToJson()));
    }

    [Fact]
    public async Task Reports_a_field_that_does_not_return_a_stream()
    {
        var (schema, _, _) = Build();

        var result = Assert.IsType<ExecutionResult>(await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest("subscription { notAStream { from } }") { RootValue = new Dictionary<string, object?> { ["notAStream"] = "nope" } }));

        Assert.Equal("Subscription field must return Async Iterable. Received: \"nope\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Reports_field_errors_per_event()
    {
        var channel = Channel.CreateUnbounded<object?>();
        var schema = Schema(Sdl, b => b
            .AddSubscriber("Subscription", "importantEmail", c => new ValueTask<IAsyncEnumerable<object?>>(Read(channel.Reader, c.RequestAborted)))
            .AddResolver("Subscription", "importantEmail", Sync(c => c.ParentValue is string s ? throw new InvalidOperationException(s) : c.ParentValue)));
        var stream = Assert.IsType<ResponseStream>(await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { importantEmail { from } }")));
        await using var enumerator = stream.GetAsyncEnumerator();

        await channel.Writer.WriteAsync("Never leave.");
        Assert.True(await enumerator.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(
            """{"errors":[{"message":"Never leave.","locations":[{"line":1,"column":16}],"path":["importantEmail"]}],"data":{"importantEmail":null}}""",
            WithoutExtensions(enumerator.Current.ToJson()));
    }
}
