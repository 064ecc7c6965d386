using ECommerce.OrderWatch.Operations;

namespace ECommerce.OrderWatch.Tests;

public sealed class OrderOperationsTests
{
    [Fact]
    public void The_embedded_operations_are_the_graphql_files()
    {
        var root = Path.GetDirectoryName(typeof(OrderOperationsTests).Assembly.Location)!;
        while (!File.Exists(Path.Combine(root, "ECommerce.GraphQL.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("the repository root was not found");
        }

        var folder = Path.Combine(root, "clients", "order-watch", "Operations");
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "LogIn.graphql")), OrderOperations.LogIn);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "WatchOrder.graphql")), OrderOperations.WatchOrder);
    }
}
