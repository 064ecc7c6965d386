using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.Data;

/// <summary>
/// Projections (Hot Chocolate's <c>[UseProjection]</c>): the query selects only the columns of the
/// fields the operation asks for (plus keys, sort keys and <c>[IsProjected(true)]</c> properties),
/// with nested references and collections, in one statement.
/// </summary>
public sealed class UseProjectionAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var itemType = DataTypeInfo.GetItemType(descriptor, "UseProjection");
        var projection = (IQueryTransform)Activator.CreateInstance(typeof(ProjectionTransform<>).MakeGenericType(itemType))!;
        DataMiddleware.Use(descriptor, itemType, next => async resolverContext =>
            projection.Apply(resolverContext, await next(resolverContext).ConfigureAwait(false)));
    }
}
