using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.Data;

/// <summary>
/// Offset paging (Hot Chocolate's <c>[UseOffsetPaging]</c>): adds <c>skip</c> and <c>take</c> and
/// returns a <c>&lt;Field&gt;CollectionSegment</c> with <c>items</c> and <c>pageInfo</c>.
/// </summary>
public sealed class UseOffsetPagingAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    private readonly PagingOverrides _overrides = new();

    public int MaxPageSize { get => _overrides.MaxPageSize ?? 0; set => _overrides.MaxPageSize = value; }

    public int DefaultPageSize { get => _overrides.DefaultPageSize ?? 0; set => _overrides.DefaultPageSize = value; }

    public bool IncludeTotalCount { get => _overrides.IncludeTotalCount ?? false; set => _overrides.IncludeTotalCount = value; }

    public bool RequirePagingBoundaries { get => _overrides.RequirePagingBoundaries ?? false; set => _overrides.RequirePagingBoundaries = value; }

    /// <summary>The stem of the segment type name (default: the field name, capitalized).</summary>
    public string? CollectionSegmentName { get; set; }

    /// <summary>The field's type is the connection (or segment) type, not the resolver's CLR type.</summary>
    public override bool SetsFieldType => true;

    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var itemType = DataTypeInfo.GetItemType(descriptor, "UseOffsetPaging");
        var context = descriptor.Context;
        var field = descriptor.Field;
        var integer = context.GetScalar("Int");
        field.Arguments.Add(new Argument("skip", integer) { Description = "Skips the first _n_ elements." });
        field.Arguments.Add(new Argument("take", integer) { Description = "Returns at most _n_ elements." });

        var settings = new PagingSettings();
        var handler = (IPagingHandler)Activator.CreateInstance(typeof(OffsetPagingHandler<>).MakeGenericType(itemType), settings)!;
        DataMiddleware.Use(descriptor, itemType, next => async resolverContext =>
            await handler.ExecuteAsync(resolverContext, await next(resolverContext).ConfigureAwait(false)).ConfigureAwait(false));

        var nodeType = context.GetOutputType(itemType);
        context.OnCompleted(() =>
        {
            settings.Options = _overrides.ApplyTo(DataContextData.GetPagingOptions(context.ContextData));
            field.Type = PagingTypes.GetCollectionSegmentType(context, CollectionSegmentName ?? PagingTypes.NameFor(field.Name), nodeType, settings.Options.IncludeTotalCount);
        });
    }
}
