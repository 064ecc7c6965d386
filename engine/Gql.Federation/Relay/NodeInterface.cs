namespace Gql.Federation;

/// <summary>The Relay <c>Node</c> interface of the schema being built.</summary>
internal static class NodeInterface
{
    public const string Name = "Node";

    public static InterfaceType GetOrAdd(IDescriptorContext context) => context.GetOrAddType(Name, () =>
    {
        var node = new InterfaceType(Name) { Description = "An object with a global id that `node(id:)` fetches again." };
        node.Fields.Add(new OutputField("id", new NonNullType(context.GetScalar("ID"))) { Description = "The global id of the object." });
        node.ResolveType = ResolvedEntities.CreateTypeResolver(node);
        return node;
    });
}
