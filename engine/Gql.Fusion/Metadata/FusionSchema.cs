using Gql.Language.Syntax;

namespace Gql.Fusion.Metadata;

/// <summary>
/// The execution schema of the gateway: the public schema clients see (SDL, without internal
/// and inaccessible members and without the source schema directives) and, beside it, the
/// metadata the planner needs: every composite type and field with the subgraphs that resolve
/// it, keys and lookups of entities, <c>@require</c> requirements, internal/inaccessible flags,
/// and how to reach each subgraph. Composition produces it; <see cref="FusionSchemaBuilder"/>
/// builds one from source schemas for tests and tools. Immutable once built; share one instance.
/// </summary>
public sealed class FusionSchema
{
    private readonly Dictionary<string, CompositeType> _types;
    private readonly Dictionary<string, SubgraphEndpoint> _subgraphs;

    public FusionSchema(DocumentNode publicSchema, IEnumerable<SubgraphEndpoint> subgraphs, IEnumerable<CompositeType> types)
    {
        ArgumentNullException.ThrowIfNull(publicSchema);
        ArgumentNullException.ThrowIfNull(subgraphs);
        ArgumentNullException.ThrowIfNull(types);
        PublicSchema = publicSchema;
        Subgraphs = [.. subgraphs];
        Types = [.. types];
        _subgraphs = new Dictionary<string, SubgraphEndpoint>(StringComparer.Ordinal);
        foreach (var subgraph in Subgraphs)
        {
            if (!_subgraphs.TryAdd(subgraph.Name, subgraph))
            {
                throw new ArgumentException($"The subgraph \"{subgraph.Name}\" is listed twice.", nameof(subgraphs));
            }
        }

        _types = new Dictionary<string, CompositeType>(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            if (!_types.TryAdd(type.Name, type))
            {
                throw new ArgumentException($"The type \"{type.Name}\" is listed twice.", nameof(types));
            }
        }

        (QueryType, MutationType, SubscriptionType) = RootTypeNames(publicSchema);
    }

    /// <summary>The public schema as SDL: what <c>schema/gateway.graphql</c> holds and clients introspect.</summary>
    public DocumentNode PublicSchema { get; }

    public IReadOnlyList<SubgraphEndpoint> Subgraphs { get; }

    /// <summary>Every object, interface and union type, public or not.</summary>
    public IReadOnlyList<CompositeType> Types { get; }

    public string QueryType { get; }

    public string? MutationType { get; }

    public string? SubscriptionType { get; }

    public bool TryGetType(string name, out CompositeType type) => _types.TryGetValue(name, out type!);

    public CompositeType GetType(string name)
        => _types.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"The composite schema has no type \"{name}\".");

    public bool TryGetSubgraph(string name, out SubgraphEndpoint subgraph) => _subgraphs.TryGetValue(name, out subgraph!);

    public SubgraphEndpoint GetSubgraph(string name)
        => _subgraphs.TryGetValue(name, out var subgraph) ? subgraph : throw new KeyNotFoundException($"The composite schema has no subgraph \"{name}\".");

    /// <summary>The same schema with other subgraph endpoints (URL overrides per environment); types are shared.</summary>
    public FusionSchema WithSubgraphs(IEnumerable<SubgraphEndpoint> subgraphs) => new(PublicSchema, subgraphs, Types);

    private static (string Query, string? Mutation, string? Subscription) RootTypeNames(DocumentNode document)
    {
        var schemaDefinition = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
        if (schemaDefinition is not null)
        {
            string? query = null, mutation = null, subscription = null;
            foreach (var operationType in schemaDefinition.OperationTypes)
            {
                switch (operationType.Operation)
                {
                    case OperationType.Query: query = operationType.Type.Name.Value; break;
                    case OperationType.Mutation: mutation = operationType.Type.Name.Value; break;
                    case OperationType.Subscription: subscription = operationType.Type.Name.Value; break;
                }
            }

            return (query ?? "Query", mutation, subscription);
        }

        var names = document.Definitions.OfType<ObjectTypeDefinitionNode>().Select(t => t.Name.Value).ToHashSet(StringComparer.Ordinal);
        return ("Query", names.Contains("Mutation") ? "Mutation" : null, names.Contains("Subscription") ? "Subscription" : null);
    }
}
