namespace ECommerce.Shop.Testing;

/// <summary>A GraphQL response that was not what the helper expected (errors, no data, or a non-200 status); the message holds the body.</summary>
public sealed class GraphQLRequestException(string message) : Exception(message);
