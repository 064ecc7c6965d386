using Gql.Types;

namespace Gql.AspNetCore.Tests;

/// <summary>A subscription event: the subscription's <see cref="RequestMarker"/> and the one its resolvers get.</summary>
public sealed class MarkerEvent(string subscriptionMarker)
{
    public string SubscriptionMarker => subscriptionMarker;

    public string EventMarker([Service] RequestMarker marker) => marker.Id;
}
