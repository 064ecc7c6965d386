using Gql.Subscriptions;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

public sealed class ReviewsMutation
{
    /// <summary>Adds a review by the first user and publishes it to <see cref="ReviewsSubscription.ReviewAdded"/>.</summary>
    public async Task<Review> AddReviewAsync(string upc, string body, ReviewStore store, [Service] ITopicEventSender sender)
    {
        var review = store.Add("u1", upc, body);
        await sender.SendAsync(ReviewsSubscription.Topic, review);
        return review;
    }
}
