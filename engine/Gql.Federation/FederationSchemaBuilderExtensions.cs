namespace Gql.Federation;

/// <summary>
/// Subgraph support on <see cref="SchemaBuilder"/>. The Composite Schemas directives need no
/// registration: the attributes (<see cref="KeyAttribute"/>, <see cref="LookupAttribute"/>, ...)
/// apply and define them. These methods add the query fields of the other two protocols; both need
/// a code-first query type (<c>AddQueryType&lt;T&gt;()</c>) named <c>Query</c>.
/// </summary>
public static class FederationSchemaBuilderExtensions
{
    /// <summary>
    /// Apollo Federation 2 subgraph support: <c>scalar _Any</c>, <c>type _Service { sdl: String }</c>,
    /// <c>Query._service: _Service!</c> and, when a type has <c>[Key]</c>, <c>union _Entity</c> and
    /// <c>Query._entities(representations: [_Any!]!): [_Entity]!</c> resolved through the <c>[Lookup]</c> fields.
    /// </summary>
    public static SchemaBuilder AddApolloFederation(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddScalar(new SdlScalarType(ApolloFederationFieldsAttribute.AnyScalarName))
            .AddTypeExtension<ApolloFederationQuery>()
            .Configure(schema =>
            {
                LookupIndex.Attach(schema);
                ApolloSubgraphSdl.Attach(schema);
            });
    }

    /// <summary>
    /// Relay Global Object Identification: <c>interface Node { id: ID! }</c> (implemented by the
    /// <c>[Node]</c> types), <c>Query.node(id: ID!): Node</c> and <c>Query.nodes(ids: [ID!]!): [Node]!</c>.
    /// </summary>
    public static SchemaBuilder AddGlobalObjectIdentification(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddTypeExtension<GlobalObjectIdentificationQuery>()
            .Configure(LookupIndex.Attach);
    }

    /// <summary>
    /// Applies <c>@shareable</c> to object types this builder does not declare itself but that
    /// several source schemas define identically and resolve on their own, such as Gql.Data's
    /// <c>PageInfo</c>: composition then accepts every subgraph resolving their fields. A type of
    /// the schema that is not an object type, or a name no type has, fails the build.
    /// </summary>
    public static SchemaBuilder AddShareableTypes(this SchemaBuilder builder, params string[] typeNames)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(typeNames);
        return builder
            .AddDirective(SharedValueTypes.ShareableDefinition())
            .Configure(schema => SharedValueTypes.MarkShareable(schema, typeNames));
    }
}
