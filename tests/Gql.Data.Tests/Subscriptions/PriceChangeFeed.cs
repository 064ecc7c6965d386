using System.Threading.Channels;

namespace Gql.Data.Tests.Subscriptions;

/// <summary>The product ids the test publishes as price changes, and the DbContext the subscribe resolver got.</summary>
public sealed class PriceChangeFeed
{
    public Channel<int> Changes { get; } = Channel.CreateUnbounded<int>();

    public Guid? SubscriptionContextId { get; set; }
}
