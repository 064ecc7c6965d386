using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.Data;

/// <summary>
/// Sorting (Hot Chocolate's <c>[UseSorting]</c>): adds <c>order: [&lt;Type&gt;SortInput!]</c> and applies
/// it to the <c>IQueryable&lt;T&gt;</c> the resolver returns as <c>OrderBy</c>/<c>ThenBy</c>.
/// </summary>
public sealed class UseSortingAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var itemType = DataTypeInfo.GetItemType(descriptor, "UseSorting");
        var sortType = SortTypeFactory.GetSortType(descriptor.Context, itemType);
        descriptor.Field.Arguments.Add(new Argument("order", new ListType(new NonNullType(sortType))));
        var sort = (IQueryTransform)Activator.CreateInstance(typeof(SortTransform<>).MakeGenericType(itemType), sortType)!;
        DataMiddleware.Use(descriptor, itemType, next => async resolverContext =>
            sort.Apply(resolverContext, await next(resolverContext).ConfigureAwait(false)));
    }
}
