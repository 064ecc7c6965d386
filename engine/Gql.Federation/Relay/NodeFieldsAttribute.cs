namespace Gql.Federation;

/// <summary>Declares <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c> on the query type.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class NodeFieldsAttribute : ObjectTypeDescriptorAttribute
{
    public override void OnConfigure(ObjectTypeDescriptor descriptor)
    {
        var context = descriptor.Context;
        var nodeInterface = NodeInterface.GetOrAdd(context);
        var id = context.GetScalar("ID");

        var node = new OutputField("node", nodeInterface)
        {
            Description = "Fetches an object by its global id.",
            Resolver = NodeResolution.ResolveNodeAsync,
        };
        node.Arguments.Add(new Argument("id", new NonNullType(id)) { Description = "The global id of the object." });
        descriptor.Type.Fields.Add(node);

        var nodes = new OutputField("nodes", new NonNullType(new ListType(nodeInterface)))
        {
            Description = "Fetches objects by their global ids, in the order of the ids.",
            Resolver = NodeResolution.ResolveNodesAsync,
        };
        nodes.Arguments.Add(new Argument("ids", new NonNullType(new ListType(new NonNullType(id)))) { Description = "The global ids of the objects." });
        descriptor.Type.Fields.Add(nodes);
    }
}
