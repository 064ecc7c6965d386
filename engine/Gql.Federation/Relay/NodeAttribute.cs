using System.Runtime.CompilerServices;
using Gql.Language;

namespace Gql.Federation;

/// <summary>
/// Makes an object type a Relay node: it implements <c>interface Node { id: ID! }</c>, its <c>id</c>
/// field returns the global id (<see cref="NodeId"/>) of the key its C# member returns, and
/// <c>node(id:)</c> loads it through its <see cref="NodeResolverAttribute"/> method or, without
/// one, through a <c>@lookup</c> field of the query type that takes a single argument.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
public sealed class NodeAttribute([CallerLineNumber] int order = 0) : ObjectTypeDescriptorAttribute(order)
{
    internal const string ResolverKey = "Gql.Federation.NodeResolver";
    internal const string KeyIsGloballyUniqueKey = "Gql.Federation.NodeKeyIsGloballyUnique";

    /// <summary>
    /// The field that holds the key: <c>"id"</c> (replaced by the global id) unless set; another
    /// field (such as <c>"code"</c>) stays as it is and a new <c>id</c> field returns its global id.
    /// </summary>
    public string IdField { get; set; } = "id";

    /// <summary>
    /// True when the key is already unique across every node type of the schema (a random UUID, for
    /// example): then <c>id</c> returns the key itself instead of base64 of <c>TypeName:key</c>, so the
    /// key a federation <c>@key</c> or another service uses and the Relay id are one value, and
    /// <c>node(id:)</c> finds an id that is not a global id by asking these types in turn.
    /// </summary>
    public bool KeyIsGloballyUnique { get; set; }

    public override void OnConfigure(ObjectTypeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Type is not ObjectType type)
        {
            throw SchemaError($"[Node] applies to object types; \"{descriptor.Type.Name}\" is an interface.");
        }

        var nodeInterface = NodeInterface.GetOrAdd(descriptor.Context);
        if (!type.Implements(nodeInterface))
        {
            type.Interfaces.Add(nodeInterface);
        }

        RewriteIdField(type, descriptor.Context.GetScalar("ID"));
        if (KeyIsGloballyUnique)
        {
            type.ContextData[KeyIsGloballyUniqueKey] = true;
        }
        if (StaticResolverMethods.Find<NodeResolverAttribute>(descriptor) is { } method)
        {
            var inputs = 0;
            var resolver = StaticResolverCompiler.Compile(method, _ => inputs++ == 0);
            type.ContextData[ResolverKey] = resolver.Inputs.Count == 1
                ? resolver
                : throw SchemaError($"The node resolver {descriptor.ClrType.Name}.{method.Name} needs a parameter for the key.");
        }
    }

    private void RewriteIdField(ObjectType type, ScalarType idType)
    {
        var idField = type.Fields[IdField]
            ?? throw SchemaError($"The node type \"{type.Name}\" has no field \"{IdField}\" to build its global id from.");
        var readKey = idField.Resolver
            ?? throw SchemaError($"The field {type.Name}.{IdField} of a node type needs a resolver.");
        var typeName = type.Name;
        if (IdField != "id")
        {
            idField = type.Fields.Contains("id")
                ? throw SchemaError($"The node type \"{type.Name}\" takes its key from \"{IdField}\" but already has an \"id\" field for the global id.")
                : new OutputField("id", idType);
            type.Fields.Add(idField);
        }

        idField.Type = new NonNullType(idType);
        idField.Resolver = KeyIsGloballyUnique
            ? readKey
            : async context => await readKey(context).ConfigureAwait(false) is { } key ? NodeId.Encode(typeName, key) : null;
    }

    private static SchemaException SchemaError(string message) => new([GraphQLError.WithCode(message, ErrorCodes.SchemaInvalid)]);
}
