using System.Runtime.CompilerServices;
using Gql.Data.Tests.Model;
using Gql.Types;

namespace Gql.Data.Tests.Subscriptions;

public sealed class PriceChangeSubscription
{
    public async IAsyncEnumerable<PriceChange> OnPriceChanged(
        [Service] PriceChangeFeed feed,
        [Service] ShopDbContext db,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        feed.SubscriptionContextId = db.ContextId.InstanceId;
        await foreach (var productId in feed.Changes.Reader.ReadAllAsync(cancellationToken))
        {
            yield return new PriceChange(productId);
        }
    }
}
