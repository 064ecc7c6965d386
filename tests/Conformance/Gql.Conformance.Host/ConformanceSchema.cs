using System.Text.Json;
using Gql.Types;

namespace Gql.Conformance.Host;

/// <summary>Builds the conformance schema (schema.graphql) with the resolvers of RESOLVERS.md.</summary>
internal static class ConformanceSchema
{
    /// <summary>The schema, and the root value of every operation (data.query, like graphql-js's rootValue).</summary>
    public static (Schema Schema, object RootValue) Build(string root, ConformanceState state)
    {
        var sdl = File.ReadAllText(Path.Combine(root, "schema.graphql"));
        using var dataDocument = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "data.json")));
        var data = (IReadOnlyDictionary<string, object?>)JsonData.Decode(dataDocument.RootElement)!;
        var nodes = (IReadOnlyList<object?>)data["nodes"]!;
        var queryData = (IReadOnlyDictionary<string, object?>)data["query"]!;
        var specials = ReadResolverSpec(Path.Combine(root, "resolvers.json"));
        var kinds = new ResolverKinds(nodes, state);

        var builder = SchemaBuilder.New().AddDocumentFromString(sdl);
        foreach (var (coordinate, kind) in specials)
        {
            var (typeName, fieldName) = Split(coordinate);
            builder = kind.StartsWith(SubscriberKinds.Prefix, StringComparison.Ordinal)
                ? builder.AddSubscriber(typeName, fieldName, SubscriberKinds.Create(kind, typeName, fieldName, nodes))
                : builder.AddResolver(typeName, fieldName, kinds.Create(kind, typeName, fieldName));
        }

        return (builder.Build(), queryData);
    }

    private static Dictionary<string, string> ReadResolverSpec(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    private static (string TypeName, string FieldName) Split(string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        return (coordinate[..dot], coordinate[(dot + 1)..]);
    }
}
