using System.Runtime.CompilerServices;
using Gql.Language;
using Gql.Types.Resolvers;

namespace Gql.Conformance.Host;

/// <summary>The subscriber kinds of RESOLVERS.md ("subscribe:..."): source streams of events.</summary>
internal static class SubscriberKinds
{
    public const string Prefix = "subscribe:";

    public static SubscribeResolverDelegate Create(string kind, string typeName, string fieldName, IReadOnlyList<object?> nodes) => kind switch
    {
        "subscribe:counter" => _ => Stream([1, 2, 3], "counter"),
        "subscribe:products" => _ => Stream([Product(nodes, "p1"), BadProduct(), Product(nodes, "p2")], "productAdded"),
        "subscribe:countTo" => context =>
        {
            var n = Convert.ToInt32(context.Arguments["n"], System.Globalization.CultureInfo.InvariantCulture);
            return Stream(Enumerable.Range(1, Math.Max(0, n)).Cast<object?>().ToArray(), "countTo");
        },
        "subscribe:throw" => _ => throw new GraphQLException(new GraphQLError($"{typeName}.{fieldName} failed")),
        _ => throw new InvalidDataException($"Unknown subscriber kind {kind} for {typeName}.{fieldName}."),
    };

    private static ValueTask<IAsyncEnumerable<object?>> Stream(object?[] values, string fieldName)
        => new(Events(values, fieldName));

    /// <summary>Each event is the root value of one response: {fieldName: value}, after a yield.</summary>
    private static async IAsyncEnumerable<object?> Events(object?[] values, string fieldName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var value in values)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Dictionary<string, object?>(StringComparer.Ordinal) { [fieldName] = value };
        }
    }

    private static object? Product(IReadOnlyList<object?> nodes, string id) => nodes.FirstOrDefault(n =>
        Equals(ResolverKinds.Field(n, "__typename"), "Product") && Equals(ResolverKinds.Field(n, "id"), id));

    private static Dictionary<string, object?> BadProduct() => new(StringComparer.Ordinal)
    {
        ["__typename"] = "Product",
        ["id"] = "bad",
        ["name"] = null,
        ["price"] = 1,
        ["currency"] = "EUR",
        ["tags"] = Array.Empty<object?>(),
        ["inStock"] = true,
        ["related"] = Array.Empty<object?>(),
    };
}
