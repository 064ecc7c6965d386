using Gql.Types;

namespace Gql.Data.Tests.Model;

public sealed class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    [GraphQLIgnore]
    public List<Order> Orders { get; set; } = [];
}
