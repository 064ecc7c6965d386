using Gql.Types;

namespace Gql.Subscriptions.Tests.Schema;

public sealed class EventTopicSubscription
{
    [Subscribe]
    public Order OnOrderChanged([Topic][EventMessage] Order message) => message;
}
