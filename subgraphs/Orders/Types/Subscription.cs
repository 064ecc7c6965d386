using System.Runtime.CompilerServices;
using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Model;
using Gql.AspNetCore.Authorization;
using Gql.Language;
using Gql.Subscriptions;
using Gql.Types;
using Gql.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Types;

public sealed class Subscription
{
    [Authorize]
    [GraphQLDescription("The order's current status first, then every change (over Redis, so from any Orders instance). For the order's customer and ADMIN.")]
    public async Task<IAsyncEnumerable<OrderStatusChangedEvent?>> OrderStatusChangedAsync(
        [ID] string orderId,
        IResolverContext context,
        [Service] ITopicEventReceiver receiver,
        [Service] OrderLedger ledger,
        CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(context);
        if (!Guid.TryParse(orderId, out var id) || await ledger.FindAsync(id, cancellationToken) is not { } order || !viewer.CanRead(order))
        {
            throw new GraphQLException("No order with this id belongs to you.", "ORDER_NOT_FOUND");
        }

        // Subscribed before the current status is read, so no change can fall between the two.
        var stream = await receiver.SubscribeAsync<OrderStatusChangedEvent>(OrderStatusChangedEvent.Topic(id), cancellationToken);

        // The subscription ends with the response stream even when nobody starts reading it.
        var stop = cancellationToken.Register(static state => _ = ((ISourceStream<OrderStatusChangedEvent>)state!).DisposeAsync().AsTask(), stream);
        try
        {
            var current = await CurrentAsync(ledger, order, cancellationToken);
            return Events(stream, stop, current, cancellationToken);
        }
        catch
        {
            await stop.DisposeAsync();
            await stream.DisposeAsync();
            throw;
        }
    }

    private static async Task<OrderStatusChangedEvent> CurrentAsync(OrderLedger ledger, Order order, CancellationToken cancellationToken)
    {
        await using var db = ledger.CreateContext();
        var last = await db.StatusChanges.AsNoTracking().Where(c => c.OrderId == order.Id).OrderByDescending(c => c.Id).FirstAsync(cancellationToken);
        return OrderLedger.ToEvent(order, last);
    }

    /// <summary>The current status, then the published changes after it (repeats and older events dropped by sequence).</summary>
    private static async IAsyncEnumerable<OrderStatusChangedEvent?> Events(
        ISourceStream<OrderStatusChangedEvent> stream,
        CancellationTokenRegistration stop,
        OrderStatusChangedEvent current,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            yield return current;
            var seen = current.Sequence;
            await foreach (var change in stream.ReadEventsAsync().WithCancellation(cancellationToken))
            {
                if (change.Sequence > seen)
                {
                    seen = change.Sequence;
                    yield return change;
                }
            }
        }
        finally
        {
            await stop.DisposeAsync();
            await stream.DisposeAsync();
        }
    }
}
