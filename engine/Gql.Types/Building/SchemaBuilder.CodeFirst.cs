using Gql.Types.CodeFirst;

namespace Gql.Types;

/// <summary>
/// The implementation-first half of the builder: types declared as C# classes, records, interfaces
/// and enums (see <see cref="CodeFirstTypeRegistry"/>), mixed freely with SDL documents.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly HashSet<Type> _serviceTypes = [];
    private readonly HashSet<NamedType> _codeFirstTypesAdded = [];
    private CodeFirstTypeRegistry? _codeFirst;

    private CodeFirstTypeRegistry CodeFirst => _codeFirst ??= new CodeFirstTypeRegistry(GetScalarForCodeFirst, IsServiceType, ContextData);

    /// <summary>
    /// Settings of this build that descriptor attributes read through <see cref="IDescriptorContext.ContextData"/>
    /// (for example the paging options set by <c>ModifyPagingOptions</c>).
    /// </summary>
    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the query root type; the public members of <typeparamref name="T"/> become its fields.</summary>
    public SchemaBuilder AddQueryType<T>() where T : class => AddRootType(typeof(T), "Query", isSubscription: false);

    /// <summary>Adds the mutation root type; its fields run one after another.</summary>
    public SchemaBuilder AddMutationType<T>() where T : class => AddRootType(typeof(T), "Mutation", isSubscription: false);

    /// <summary>Adds the subscription root type; its methods return <c>IAsyncEnumerable&lt;T&gt;</c> event streams.</summary>
    public SchemaBuilder AddSubscriptionType<T>() where T : class => AddRootType(typeof(T), "Subscription", isSubscription: true);

    /// <summary>Adds an object, interface, union or enum type declared in C# (for example an implementation no field returns).</summary>
    public SchemaBuilder AddType<T>()
    {
        CodeFirst.AddType(typeof(T));
        return this;
    }

    /// <summary>Adds the members of a <see cref="ExtendObjectTypeAttribute"/> class to the type it extends.</summary>
    public SchemaBuilder AddTypeExtension<T>() where T : class
    {
        CodeFirst.AddTypeExtension(typeof(T));
        return this;
    }

    /// <summary>Resolver parameters of type <typeparamref name="T"/> (or derived from it) are services, not arguments.</summary>
    public SchemaBuilder RegisterService<T>()
    {
        _serviceTypes.Add(typeof(T));
        return this;
    }

    private SchemaBuilder AddRootType(Type clrType, string defaultName, bool isSubscription)
    {
        var name = clrType.IsDefined(typeof(GraphQLNameAttribute), inherit: false) ? NameConventions.GetTypeName(clrType) : defaultName;
        CodeFirst.AddRootType(clrType, name, isSubscription);
        return this;
    }

    private void CompleteCodeFirstTypes()
    {
        if (_codeFirst is null)
        {
            return;
        }

        foreach (var type in _codeFirst.Complete())
        {
            if (type is not ScalarType && _codeFirstTypesAdded.Add(type))
            {
                _types.Add(type);
            }
        }

        foreach (var directive in _codeFirst.DirectiveDefinitions)
        {
            if (!_directives.Exists(d => d.Name == directive.Name))
            {
                _directives.Add(directive);
            }
        }
    }

    private ScalarType GetScalarForCodeFirst(string name)
    {
        if (_scalars.TryGetValue(name, out var scalar))
        {
            return scalar;
        }

        scalar = BuiltInScalars.GetSpecified(name) ?? BuiltInScalars.CreateExtended(name)
            ?? throw new InvalidOperationException($"No scalar named \"{name}\" is known.");
        _scalars[name] = scalar;
        return scalar;
    }

    private bool IsServiceType(Type type)
    {
        foreach (var serviceType in _serviceTypes)
        {
            if (serviceType.IsAssignableFrom(type))
            {
                return true;
            }
        }

        return false;
    }
}
