namespace Gql.Federation;

/// <summary>
/// Declares the Apollo Federation subgraph fields on the query type: <c>_service: _Service!</c>
/// and, once every entity type is known, <c>_entities(representations: [_Any!]!): [_Entity]!</c>
/// (left out when the subgraph has no entity type, as the subgraph spec says).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class ApolloFederationFieldsAttribute : ObjectTypeDescriptorAttribute
{
    public const string AnyScalarName = "_Any";

    public override void OnConfigure(ObjectTypeDescriptor descriptor)
    {
        var context = descriptor.Context;
        var query = descriptor.Type;
        var serviceType = context.GetOrAddType("_Service", () => CreateServiceType(context));
        query.Fields.Add(new OutputField("_service", new NonNullType(serviceType))
        {
            Resolver = static resolverContext => new ValueTask<object?>(resolverContext.Schema),
        });

        context.OnCompleted(() =>
        {
            var registry = FederationRegistry.For(context);
            if (registry.Entities.Count == 0)
            {
                return;
            }

            var entityUnion = registry.GetEntityUnion(context);
            entityUnion.ResolveType = ResolvedEntities.CreateTypeResolver(entityUnion);
            var entities = new OutputField("_entities", new NonNullType(new ListType(entityUnion)))
            {
                Resolver = EntitiesResolver.ResolveAsync,
            };
            entities.Arguments.Add(new Argument("representations", new NonNullType(new ListType(new NonNullType(context.GetScalar(AnyScalarName))))));
            query.Fields.Add(entities);
        });
    }

    private static ObjectType CreateServiceType(IDescriptorContext context)
    {
        var type = new ObjectType("_Service");
        type.Fields.Add(new OutputField("sdl", context.GetScalar("String"))
        {
            Resolver = static resolverContext => new ValueTask<object?>(ApolloSubgraphSdl.Get(resolverContext.Schema)),
        });
        return type;
    }
}
