namespace ECommerce.OrderWatch.Operations;

/// <summary>
/// The client's GraphQL documents, kept as .graphql files (embedded) so that the repository's schema
/// check validates them against schema/gateway.graphql like every other client operation.
/// </summary>
public static class OrderOperations
{
    public static string LogIn { get; } = Read("LogIn.graphql");

    public static string WatchOrder { get; } = Read("WatchOrder.graphql");

    private static string Read(string file)
    {
        using var stream = typeof(OrderOperations).Assembly.GetManifestResourceStream($"ECommerce.OrderWatch.Operations.{file}")
            ?? throw new InvalidOperationException($"The embedded operation {file} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
