using Gql.Types;

namespace Gql.Subscriptions.Tests.Schema;

public sealed class OrderMutation
{
    /// <summary>Publishes the change to the topic <see cref="OrderSubscription.OnOrderChanged"/> listens on.</summary>
    public async Task<Order> ChangeStatus(string id, string status, [Service] ITopicEventSender sender)
    {
        var order = new Order(id, status, 12.5m);
        await sender.SendAsync($"{nameof(OrderSubscription.OnOrderChanged)}_{id}", order);
        return order;
    }
}
