namespace ECommerce.OrderWatch;

/// <summary>The GraphQL server refused the connection or the subscription, or broke the protocol.</summary>
public sealed class GraphQLSocketException(string message) : Exception(message);
