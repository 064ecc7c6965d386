using Gql.Language;
using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>Creates the connection and collection segment types with Hot Chocolate's names and shapes.</summary>
internal static class PagingTypes
{
    public static ObjectType GetConnectionType(IDescriptorContext context, string name, NamedType nodeType, bool includeTotalCount)
    {
        var pageInfo = context.GetOrAddType("PageInfo", () => CreatePageInfo(context));
        var edge = context.GetOrAddType(name + "Edge", () => CreateEdge(context, name + "Edge", nodeType));
        var connection = context.GetOrAddType(name + "Connection", () =>
        {
            var type = new ObjectType(name + "Connection") { Description = "A connection to a list of items.", RuntimeType = typeof(Connection) };
            type.Fields.Add(Field("pageInfo", new NonNullType(pageInfo), "Information to aid in pagination.", c => c.Parent<Connection>().PageInfo));
            type.Fields.Add(Field("edges", new ListType(new NonNullType(edge)), "A list of edges.", c => c.Parent<Connection>().Edges));
            type.Fields.Add(Field("nodes", new ListType(new NonNullType(nodeType)), "A flattened list of the nodes.", c => c.Parent<Connection>().Edges.Select(e => e.Node).ToList()));
            return type;
        });
        EnsureSameNode(edge.Fields["node"]!.Type.NamedType(), nodeType, connection.Name);
        AddTotalCount(context, connection, includeTotalCount, c => c.Parent<Connection>().TotalCount);
        return connection;
    }

    public static ObjectType GetCollectionSegmentType(IDescriptorContext context, string name, NamedType nodeType, bool includeTotalCount)
    {
        var info = context.GetOrAddType("CollectionSegmentInfo", () =>
        {
            var type = new ObjectType("CollectionSegmentInfo") { Description = "Information about the offset pagination.", RuntimeType = typeof(CollectionSegmentInfo) };
            type.Fields.Add(Field("hasNextPage", new NonNullType(context.GetScalar("Boolean")), "Indicates whether more items exist following the set defined by the clients arguments.", c => c.Parent<CollectionSegmentInfo>().HasNextPage));
            type.Fields.Add(Field("hasPreviousPage", new NonNullType(context.GetScalar("Boolean")), "Indicates whether more items exist prior the set defined by the clients arguments.", c => c.Parent<CollectionSegmentInfo>().HasPreviousPage));
            return type;
        });
        var segment = context.GetOrAddType(name + "CollectionSegment", () =>
        {
            var type = new ObjectType(name + "CollectionSegment") { Description = "A segment of a collection.", RuntimeType = typeof(CollectionSegment) };
            type.Fields.Add(Field("pageInfo", new NonNullType(info), "Information to aid in pagination.", c => c.Parent<CollectionSegment>().PageInfo));
            type.Fields.Add(Field("items", new ListType(new NonNullType(nodeType)), "A flattened list of the items.", c => c.Parent<CollectionSegment>().Items));
            return type;
        });
        EnsureSameNode(segment.Fields["items"]!.Type.NamedType(), nodeType, segment.Name);
        AddTotalCount(context, segment, includeTotalCount, c => c.Parent<CollectionSegment>().TotalCount);
        return segment;
    }

    /// <summary>The name stem of a field's paging types: <c>products</c> gives <c>Products</c>.</summary>
    public static string NameFor(string fieldName) => char.ToUpperInvariant(fieldName[0]) + fieldName[1..];

    private static ObjectType CreatePageInfo(IDescriptorContext context)
    {
        var type = new ObjectType("PageInfo") { Description = "Information about pagination in a connection.", RuntimeType = typeof(ConnectionPageInfo) };
        var boolean = new NonNullType(context.GetScalar("Boolean"));
        var text = context.GetScalar("String");
        type.Fields.Add(Field("hasNextPage", boolean, "Indicates whether more edges exist following the set defined by the clients arguments.", c => c.Parent<ConnectionPageInfo>().HasNextPage));
        type.Fields.Add(Field("hasPreviousPage", boolean, "Indicates whether more edges exist prior the set defined by the clients arguments.", c => c.Parent<ConnectionPageInfo>().HasPreviousPage));
        type.Fields.Add(Field("startCursor", text, "When paginating backwards, the cursor to continue.", c => c.Parent<ConnectionPageInfo>().StartCursor));
        type.Fields.Add(Field("endCursor", text, "When paginating forwards, the cursor to continue.", c => c.Parent<ConnectionPageInfo>().EndCursor));
        return type;
    }

    private static ObjectType CreateEdge(IDescriptorContext context, string name, NamedType nodeType)
    {
        var type = new ObjectType(name) { Description = "An edge in a connection.", RuntimeType = typeof(Edge) };
        type.Fields.Add(Field("cursor", new NonNullType(context.GetScalar("String")), "A cursor for use in pagination.", c => c.Parent<Edge>().Cursor));
        type.Fields.Add(Field("node", new NonNullType(nodeType), "The item at the end of the edge.", c => c.Parent<Edge>().Node));
        return type;
    }

    private static void AddTotalCount(IDescriptorContext context, ObjectType type, bool include, Func<IResolverContext, int?> read)
    {
        if (include && !type.Fields.Contains("totalCount"))
        {
            type.Fields.Add(new OutputField("totalCount", new NonNullType(context.GetScalar("Int")))
            {
                Description = "Identifies the total count of items in the connection.",
                Resolver = c => new ValueTask<object?>(read(c)),
            });
        }
    }

    private static void EnsureSameNode(NamedType existing, NamedType nodeType, string typeName)
    {
        if (existing != nodeType)
        {
            throw new SchemaException([GraphQLError.WithCode(
                $"The paging type \"{typeName}\" is used for {existing.Name} and {nodeType.Name}; set ConnectionName on one of the paging attributes.",
                ErrorCodes.SchemaInvalid)]);
        }
    }

    private static OutputField Field(string name, IType type, string description, Func<IResolverContext, object?> resolve)
        => new(name, type) { Description = description, Resolver = c => new ValueTask<object?>(resolve(c)) };
}
