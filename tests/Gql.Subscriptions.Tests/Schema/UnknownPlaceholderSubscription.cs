using Gql.Types;

namespace Gql.Subscriptions.Tests.Schema;

public sealed class UnknownPlaceholderSubscription
{
    [Subscribe]
    [Topic("shop/{shop}/orders")]
    public Order OnShopOrder(string shopId, [EventMessage] Order message) => message;
}
