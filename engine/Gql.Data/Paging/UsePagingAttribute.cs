using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.Data;

/// <summary>
/// Relay cursor paging (Hot Chocolate's <c>[UsePaging]</c>): adds <c>first</c>, <c>after</c>,
/// <c>last</c> and <c>before</c> and returns a <c>&lt;Field&gt;Connection</c>. Put it first (outermost),
/// before <c>[UseProjection]</c>, <c>[UseFiltering]</c> and <c>[UseSorting]</c>.
/// </summary>
public sealed class UsePagingAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    private readonly PagingOverrides _overrides = new();

    /// <summary>Overrides <see cref="PagingOptions.MaxPageSize"/> for this field.</summary>
    public int MaxPageSize { get => _overrides.MaxPageSize ?? 0; set => _overrides.MaxPageSize = value; }

    /// <summary>Overrides <see cref="PagingOptions.DefaultPageSize"/> for this field.</summary>
    public int DefaultPageSize { get => _overrides.DefaultPageSize ?? 0; set => _overrides.DefaultPageSize = value; }

    /// <summary>Overrides <see cref="PagingOptions.IncludeTotalCount"/> for this field.</summary>
    public bool IncludeTotalCount { get => _overrides.IncludeTotalCount ?? false; set => _overrides.IncludeTotalCount = value; }

    /// <summary>Overrides <see cref="PagingOptions.RequirePagingBoundaries"/> for this field.</summary>
    public bool RequirePagingBoundaries { get => _overrides.RequirePagingBoundaries ?? false; set => _overrides.RequirePagingBoundaries = value; }

    /// <summary>The stem of the connection and edge type names (default: the field name, capitalized).</summary>
    public string? ConnectionName { get; set; }

    /// <summary>The field's type is the connection (or segment) type, not the resolver's CLR type.</summary>
    public override bool SetsFieldType => true;

    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var itemType = DataTypeInfo.GetItemType(descriptor, "UsePaging");
        var context = descriptor.Context;
        var field = descriptor.Field;
        var integer = context.GetScalar("Int");
        var text = context.GetScalar("String");
        field.Arguments.Add(new Argument("first", integer) { Description = "Returns the first _n_ elements from the list." });
        field.Arguments.Add(new Argument("after", text) { Description = "Returns the elements in the list that come after the specified cursor." });
        field.Arguments.Add(new Argument("last", integer) { Description = "Returns the last _n_ elements from the list." });
        field.Arguments.Add(new Argument("before", text) { Description = "Returns the elements in the list that come before the specified cursor." });

        var settings = new PagingSettings();
        var handler = (IPagingHandler)Activator.CreateInstance(typeof(CursorPagingHandler<>).MakeGenericType(itemType), settings)!;
        DataMiddleware.Use(descriptor, itemType, next => async resolverContext =>
            await handler.ExecuteAsync(resolverContext, await next(resolverContext).ConfigureAwait(false)).ConfigureAwait(false));

        var nodeType = context.GetOutputType(itemType);
        context.OnCompleted(() =>
        {
            settings.Options = _overrides.ApplyTo(DataContextData.GetPagingOptions(context.ContextData));
            field.ContextData[DataContextData.PagingOptions] = settings.Options;
            field.Type = PagingTypes.GetConnectionType(context, ConnectionName ?? PagingTypes.NameFor(field.Name), nodeType, settings.Options.IncludeTotalCount);
        });
    }
}
