namespace Gql.Subscriptions.Tests.Schema;

public sealed class OrderQuery
{
    public Order Order(string id) => new(id, "CREATED");
}
