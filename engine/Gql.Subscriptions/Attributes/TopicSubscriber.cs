using System.Reflection;
using System.Runtime.CompilerServices;
using Gql.Types.Resolvers;

namespace Gql.Subscriptions;

/// <summary>The subscribe resolver of a <see cref="SubscribeAttribute"/> field: the topic's events as the field's source stream.</summary>
internal static class TopicSubscriber
{
    private static readonly MethodInfo SubscribeMethod =
        typeof(TopicSubscriber).GetMethod(nameof(SubscribeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static SubscribeResolverDelegate Create(Type messageType, TopicTemplate topic)
    {
        var subscribe = SubscribeMethod.MakeGenericMethod(messageType)
            .CreateDelegate<Func<ITopicEventReceiver, string, CancellationToken, ValueTask<IAsyncEnumerable<object?>>>>();
        return context =>
        {
            var receiver = context.Services.GetService(typeof(ITopicEventReceiver)) as ITopicEventReceiver
                ?? throw new InvalidOperationException(
                    $"The subscription field \"{context.Field.Name}\" needs an {nameof(ITopicEventReceiver)} service: register one with AddInMemorySubscriptions() or AddRedisSubscriptions().");
            return subscribe(receiver, topic.Format(context.Arguments), context.RequestAborted);
        };
    }

    private static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync<TMessage>(ITopicEventReceiver receiver, string topic, CancellationToken cancellationToken)
    {
        var stream = await receiver.SubscribeAsync<TMessage>(topic, cancellationToken).ConfigureAwait(false);

        // The subscription ends with the response stream even when nobody starts reading it.
        var stop = cancellationToken.Register(static state => _ = ((ISourceStream<TMessage>)state!).DisposeAsync().AsTask(), stream);
        return ReadAsync(stream, stop);
    }

    private static async IAsyncEnumerable<object?> ReadAsync<TMessage>(
        ISourceStream<TMessage> stream,
        CancellationTokenRegistration stop,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var message in stream.ReadEventsAsync().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return message;
            }
        }
        finally
        {
            await stop.DisposeAsync().ConfigureAwait(false);
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
