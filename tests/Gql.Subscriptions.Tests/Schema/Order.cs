namespace Gql.Subscriptions.Tests.Schema;

public sealed record Order(string Id, string Status, decimal Total = 0m);
