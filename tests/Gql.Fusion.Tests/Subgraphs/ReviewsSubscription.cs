using Gql.Subscriptions;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

public sealed class ReviewsSubscription
{
    public const string Topic = "reviews";

    /// <summary>Each review added after subscribing.</summary>
    [Subscribe]
    [Topic(Topic)]
    public Review ReviewAdded([EventMessage] Review review) => review;
}
