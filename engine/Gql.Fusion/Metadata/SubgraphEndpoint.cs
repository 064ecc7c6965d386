namespace Gql.Fusion.Metadata;

/// <summary>How the gateway reaches one source schema (subgraph).</summary>
/// <param name="Name">The subgraph's name as in fusion.json (<c>users</c>, <c>products</c>, ...).</param>
/// <param name="HttpUrl">The GraphQL over HTTP endpoint queries and mutations are posted to.</param>
/// <param name="SubscriptionUrl">The graphql-transport-ws endpoint, when the subgraph has subscriptions.</param>
public sealed record SubgraphEndpoint(string Name, Uri HttpUrl, Uri? SubscriptionUrl = null)
{
    /// <summary>How long one request to this subgraph may take; null uses the gateway's default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How long one request of a mutation to this subgraph may take (a saga such as a checkout); null uses <see cref="Timeout"/>.</summary>
    public TimeSpan? MutationTimeout { get; init; }
}
