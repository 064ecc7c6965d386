using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// A complete, validated schema: its root types, every named type (built-in scalars and
/// introspection types included) and directive definitions. Build one with a schema builder.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, IReadOnlyList<ComplexOutputType>> _implementations = [];

    public Schema(
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        IndexAbstractTypes();
    }

    public string? Description { get; set; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type by name, in definition order.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public IReadOnlyDictionary<string, DirectiveDefinition> DirectiveDefinitions => _directives;

    /// <summary>Directives applied to the schema definition itself.</summary>
    public List<DirectiveNode> Directives { get; } = [];

    public Dictionary<string, object?> ContextData { get; } = [];

    /// <summary>The schema definition the schema came from, when it was built from SDL.</summary>
    public SchemaDefinitionNode? SyntaxNode { get; set; }

    public List<SchemaExtensionNode> ExtensionSyntaxNodes { get; } = [];

    public NamedType? GetType(string name) => _types.TryGetValue(name, out var type) ? type : null;

    public T? GetType<T>(string name)
        where T : NamedType
        => _types.TryGetValue(name, out var type) ? type as T : null;

    public DirectiveDefinition? GetDirective(string name) => _directives.TryGetValue(name, out var d) ? d : null;

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an interface or union type can have.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType)
        => _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    public bool IsPossibleType(NamedType abstractType, ObjectType objectType)
    {
        if (ReferenceEquals(abstractType, objectType))
        {
            return true;
        }

        foreach (var possible in GetPossibleTypes(abstractType))
        {
            if (ReferenceEquals(possible, objectType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The object and interface types that implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<ComplexOutputType> GetImplementations(InterfaceType interfaceType)
        => _implementations.TryGetValue(interfaceType, out var types) ? types : [];

    private void IndexAbstractTypes()
    {
        var possible = new Dictionary<InterfaceType, List<ObjectType>>();
        var implementations = new Dictionary<InterfaceType, List<ComplexOutputType>>();
        foreach (var type in _types.Values)
        {
            if (type is UnionType union)
            {
                _possibleTypes[union] = union.Types.ToArray();
            }

            if (type is not ComplexOutputType complex)
            {
                continue;
            }

            foreach (var implemented in complex.Interfaces)
            {
                Add(implementations, implemented, complex);
                if (complex is ObjectType objectType)
                {
                    Add(possible, implemented, objectType);
                }
            }
        }

        foreach (var type in _types.Values.OfType<InterfaceType>())
        {
            _possibleTypes[type] = possible.TryGetValue(type, out var list) ? list.ToArray() : [];
            _implementations[type] = implementations.TryGetValue(type, out var impls) ? impls.ToArray() : [];
        }
    }

    private static void Add<T>(Dictionary<InterfaceType, List<T>> map, InterfaceType key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
