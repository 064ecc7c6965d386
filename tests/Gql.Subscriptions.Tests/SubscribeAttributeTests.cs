using Gql.AspNetCore;
using Gql.Execution;
using Gql.Subscriptions.Tests.Schema;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Subscriptions.Tests;

public sealed class SubscribeAttributeTests : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly RequestExecutor _executor;
    private readonly InMemoryPubSub _pubSub;

    public SubscribeAttributeTests()
    {
        var services = new ServiceCollection();
        services.AddGraphQLServer()
            .AddQueryType<OrderQuery>()
            .AddMutationType<OrderMutation>()
            .AddSubscriptionType<OrderSubscription>()
            .AddInMemorySubscriptions(o => o.DefaultBufferCapacity = 16);
        _services = services.BuildServiceProvider();
        _executor = _services.GetRequiredService<RequestExecutorProvider>().GetExecutor();
        _pubSub = _services.GetRequiredService<InMemoryPubSub>();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public void The_provider_is_the_sender_and_the_receiver_service()
    {
        Assert.Same(_pubSub, _services.GetRequiredService<ITopicEventSender>());
        Assert.Same(_pubSub, _services.GetRequiredService<ITopicEventReceiver>());
    }

    [Fact]
    public async Task A_topic_parameter_appends_its_argument_value_to_the_method_name()
    {
        await using var stream = await SubscribeAsync("""subscription { onOrderChanged(orderId: "42") { id status } }""");
        await using var events = stream.GetAsyncEnumerator();

        await _pubSub.SendAsync("OnOrderChanged_7", new Order("7", "PAID"));
        await _pubSub.SendAsync("OnOrderChanged_42", new Order("42", "SHIPPED"));

        Assert.Equal(["""{"data":{"onOrderChanged":{"id":"42","status":"SHIPPED"}}}"""], Json(await events.TakeAsync(1)));
    }

    [Fact]
    public async Task A_topic_template_on_the_method_is_filled_with_argument_values()
    {
        await using var stream = await SubscribeAsync("""subscription { onShopOrder(shopId: "berlin") { id } }""");
        await using var events = stream.GetAsyncEnumerator();

        await _pubSub.SendAsync("shop/hamburg/orders", new Order("1", "CREATED"));
        await _pubSub.SendAsync("shop/berlin/orders", new Order("2", "CREATED"));

        Assert.Equal(["""{"data":{"onShopOrder":{"id":"2"}}}"""], Json(await events.TakeAsync(1)));
    }

    [Fact]
    public async Task Several_topic_parameters_are_appended_in_order_with_invariant_formatting()
    {
        await using var stream = await SubscribeAsync("subscription { onTick(channel: 3, fast: true) }");
        await using var events = stream.GetAsyncEnumerator();

        await _pubSub.SendAsync("OnTick_3_true", 99);

        Assert.Equal(["""{"data":{"onTick":99}}"""], Json(await events.TakeAsync(1)));
    }

    [Fact]
    public async Task An_enum_topic_part_is_the_enum_values_csharp_name()
    {
        await using var stream = await SubscribeAsync("subscription { onState(state: READY_TO_SHIP) }");
        await using var events = stream.GetAsyncEnumerator();

        await _pubSub.SendAsync("OnState_ReadyToShip", "packed");

        Assert.Equal(["""{"data":{"onState":"packed"}}"""], Json(await events.TakeAsync(1)));
    }

    [Fact]
    public async Task The_message_type_of_the_attribute_is_what_the_topic_carries()
    {
        await using var stream = await SubscribeAsync("subscription { onOrderStatus }");
        await using var events = stream.GetAsyncEnumerator();

        await _pubSub.SendAsync("OnOrderStatus", new Order("1", "PAID"));
        await _pubSub.SendAsync("OnOrderStatus", new Order("1", "SHIPPED"));

        Assert.Equal(
            ["""{"data":{"onOrderStatus":"PAID"}}""", """{"data":{"onOrderStatus":"SHIPPED"}}"""],
            Json(await events.TakeAsync(2)));
    }

    [Fact]
    public async Task A_mutation_publishes_through_the_injected_sender()
    {
        await using var stream = await SubscribeAsync("""subscription { onOrderChanged(orderId: "42") { status total } }""");
        await using var events = stream.GetAsyncEnumerator();

        var mutation = await _executor.ExecuteAsync(new GraphQLRequest("""mutation { changeStatus(id: "42", status: "PAID") { id } }"""));

        Assert.Equal("""{"data":{"changeStatus":{"id":"42"}}}""", ((ExecutionResult)mutation).ToJson());
        Assert.Equal(["""{"data":{"onOrderChanged":{"status":"PAID","total":12.5}}}"""], Json(await events.TakeAsync(1)));
    }

    [Fact]
    public async Task Completing_the_topic_ends_the_response_stream()
    {
        await using var stream = await SubscribeAsync("""subscription { onOrderChanged(orderId: "42") { id } }""");
        await using var events = stream.GetAsyncEnumerator();

        await _pubSub.SendAsync("OnOrderChanged_42", new Order("42", "PAID"));
        await _pubSub.CompleteAsync("OnOrderChanged_42");

        Assert.Single(await events.TakeAsync(1));
        Assert.True(await events.EndsAsync());
    }

    [Fact]
    public async Task Disposing_a_response_stream_that_was_never_read_unsubscribes()
    {
        var stream = await SubscribeAsync("""subscription { onOrderChanged(orderId: "42") { id } }""");
        Assert.Equal(1, _pubSub.TopicCount);

        await stream.DisposeAsync();

        Assert.Equal(0, _pubSub.TopicCount);
    }

    [Fact]
    public async Task Leaving_the_reading_of_a_response_stream_unsubscribes()
    {
        var stream = await SubscribeAsync("""subscription { onOrderChanged(orderId: "42") { id } }""");
        await using (var events = stream.GetAsyncEnumerator())
        {
            await _pubSub.SendAsync("OnOrderChanged_42", new Order("42", "PAID"));
            await events.TakeAsync(1);
        }

        Assert.Equal(0, _pubSub.TopicCount);
        await stream.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_receiver_service_the_subscription_fails_with_an_error_that_says_what_to_register()
    {
        var schema = SchemaBuilder.New().AddQueryType<OrderQuery>().AddSubscriptionType<OrderSubscription>().Build();

        var result = await schema.ExecuteAsync("subscription { onOrderStatus }");

        var error = Assert.Single(Assert.IsType<ExecutionResult>(result).Errors!);
        Assert.Contains("AddInMemorySubscriptions()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_placeholder_that_is_not_an_argument_is_a_schema_error()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<OrderQuery>().AddSubscriptionType<UnknownPlaceholderSubscription>().Build());

        Assert.Contains("refers to \"{shop}\", which is not an argument of the field \"onShopOrder\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_parameter_that_is_not_an_argument_is_a_schema_error()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<OrderQuery>().AddSubscriptionType<EventTopicSubscription>().Build());

        Assert.Contains("is not a GraphQL argument of the field", error.Message, StringComparison.Ordinal);
    }

    private async Task<ResponseStream> SubscribeAsync(string query)
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest(query));
        return result as ResponseStream ?? throw new InvalidOperationException("Expected a response stream, got " + ((ExecutionResult)result).ToJson());
    }

    private static List<string> Json(IEnumerable<ExecutionResult> results) => [.. results.Select(r => r.ToJson())];
}
