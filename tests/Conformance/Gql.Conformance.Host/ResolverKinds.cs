using System.Globalization;
using Gql.Language;
using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Conformance.Host;

/// <summary>The special resolver kinds of RESOLVERS.md, as engine resolver delegates.</summary>
internal sealed class ResolverKinds(IReadOnlyList<object?> nodes, ConformanceState state)
{
    public FieldResolverDelegate Create(string kind, string typeName, string fieldName) => kind switch
    {
        "async" => async context =>
        {
            await Task.Yield();
            return Field(context.ParentValue, fieldName);
        },
        "throw" => _ => throw Failure(typeName, fieldName),
        "asyncThrow" => async _ =>
        {
            await Task.Yield();
            throw Failure(typeName, fieldName);
        },
        "echo" => context => Value(CanonicalJson.Serialize(context.Arguments)),
        "productById" => context => Value(nodes.FirstOrDefault(n =>
            Equals(Field(n, "__typename"), "Product") && Equals(Field(n, "id"), Text(context.Arguments["id"])))),
        "nodeById" => context => Value(NodeById(context.Arguments["id"])),
        "nodesByIds" => context => Value(List(context.Arguments["ids"]).Select(NodeById).ToArray()),
        "knows" => context => Value(List(Field(context.ParentValue, "knows")).Any(k => Equals(Text(k), Text(context.Arguments["command"])))),
        "increment" => context =>
        {
            var by = Int(context.Arguments["by"]);
            state.Counter += by;
            state.Log.Add($"increment:{Text(by)}");
            return Value(state.Counter);
        },
        "incrementAsync" => async context =>
        {
            var by = Int(context.Arguments["by"]);
            var read = state.Counter;
            await Task.Yield();
            state.Counter = read + by;
            state.Log.Add($"incrementAsync:{Text(by)}");
            return state.Counter;
        },
        "setMessage" => context =>
        {
            state.Message = context.Arguments.TryGetValue("message", out var message) ? (string?)message : null;
            state.Log.Add("setMessage");
            return Value(state.Snapshot());
        },
        "createProduct" => context => Value(CreateProduct(context.Arguments["input"])),
        "state" => _ => Value(state.Snapshot()),
        _ => throw new InvalidDataException($"Unknown resolver kind {kind} for {typeName}.{fieldName}."),
    };

    private Dictionary<string, object?> CreateProduct(object? input)
    {
        state.NextId++;
        state.Log.Add($"createProduct:{Text(Field(input, "name"))}");
        var category = Field(input, "category");
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["__typename"] = "Product",
            ["id"] = $"p{Text(state.NextId)}",
            ["name"] = Field(input, "name"),
            ["price"] = Field(input, "price"),
            ["currency"] = "EUR",
            ["tags"] = Field(input, "tags"),
            ["inStock"] = true,
            ["ratings"] = null,
            ["variants"] = null,
            ["related"] = Array.Empty<object?>(),
            ["category"] = category is null
                ? null
                : new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["__typename"] = "Category",
                    ["id"] = "new",
                    ["name"] = Field(category, "name"),
                    ["parent"] = null,
                    ["products"] = Array.Empty<object?>(),
                },
        };
    }

    private object? NodeById(object? id) => nodes.FirstOrDefault(n => Equals(Field(n, "id"), Text(id)));

    private static ValueTask<object?> Value(object? value) => new(value);

    private static GraphQLException Failure(string typeName, string fieldName)
        => new(new GraphQLError($"{typeName}.{fieldName} failed"));

    /// <summary>The default-resolver lookup: a key of a JSON object, null when missing.</summary>
    public static object? Field(object? parent, string name) => parent switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(name, out var v) ? v : null,
        IDictionary<string, object?> map => map.TryGetValue(name, out var v) ? v : null,
        _ => null,
    };

    private static IEnumerable<object?> List(object? value) => value switch
    {
        null => [],
        string => [value],
        System.Collections.IEnumerable items => items.Cast<object?>(),
        _ => [value],
    };

    private static int Int(object? value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static string? Text(object? value) => value switch
    {
        null => null,
        EnumValue e => e.Name,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
