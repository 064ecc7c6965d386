using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.Data;

/// <summary>
/// Filtering (Hot Chocolate's <c>[UseFiltering]</c>): adds <c>where: &lt;Type&gt;FilterInput</c> and
/// applies it to the <c>IQueryable&lt;T&gt;</c> the resolver returns as a <c>Where</c> expression.
/// </summary>
public sealed class UseFilteringAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var itemType = DataTypeInfo.GetItemType(descriptor, "UseFiltering");
        var context = descriptor.Context;
        var filterType = FilterTypeFactory.GetObjectFilter(context, itemType);
        descriptor.Field.Arguments.Add(new Argument("where", filterType));

        var settings = new FilteringSettings();
        context.OnCompleted(() => settings.Options = DataContextData.GetFilteringOptions(context.ContextData));
        var filter = (IQueryTransform)Activator.CreateInstance(typeof(FilterTransform<>).MakeGenericType(itemType), filterType, settings)!;
        DataMiddleware.Use(descriptor, itemType, next => async resolverContext =>
            filter.Apply(resolverContext, await next(resolverContext).ConfigureAwait(false)));
    }
}
