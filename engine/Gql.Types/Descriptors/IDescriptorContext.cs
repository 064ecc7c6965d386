namespace Gql.Types;

/// <summary>
/// What descriptor attributes may ask of the schema being built: the GraphQL types of CLR types,
/// types they add themselves (connection types, filter inputs) and directive definitions.
/// </summary>
public interface IDescriptorContext
{
    /// <summary>The output type (object, interface, union, enum or scalar) for a CLR type, created on first use.</summary>
    NamedType GetOutputType(Type clrType);

    /// <summary>The input type (input object, enum or scalar) for a CLR type, created on first use.</summary>
    NamedType GetInputType(Type clrType);

    /// <summary>The scalar the schema uses for a name (String, Int, ID, DateTime, ...).</summary>
    ScalarType GetScalar(string name);

    /// <summary>Returns the type named <paramref name="name"/> added earlier, or adds the one <paramref name="create"/> makes.</summary>
    T GetOrAddType<T>(string name, Func<T> create) where T : NamedType;

    /// <summary>Adds a directive definition to the schema unless one of the same name is there.</summary>
    void AddDirectiveDefinition(DirectiveDefinition directive);

    /// <summary>
    /// Settings shared by the whole schema build (<see cref="SchemaBuilder.ContextData"/>), for example the
    /// paging options; read them in <see cref="OnCompleted"/> work to see values set after the type was added.
    /// </summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Work to run once every type is known, before the schema is assembled.</summary>
    void OnCompleted(Action complete);
}
