using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.CostAnalysis;

/// <summary>
/// Applies <c>@listSize</c> to a code-first field (and declares the directive). <see cref="AssumedSize"/>
/// is used when no slicing argument has a value; 0 or less means not set.
/// </summary>
public sealed class ListSizeAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public int AssumedSize { get; set; }

    public string[]? SlicingArguments { get; set; }

    public string[]? SizedFields { get; set; }

    public bool RequireOneSlicingArgument { get; set; } = true;

    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var context = descriptor.Context;
        context.AddDirectiveDefinition(CostDirectives.CreateListSizeDefinition(context.GetScalar("String"), context.GetScalar("Int"), context.GetScalar("Boolean")));
        descriptor.Field.Directives.RemoveAll(d => d.Name.Value == CostDirectives.ListSize);
        descriptor.Field.Directives.Add(CostDirectives.CreateListSizeNode(
            AssumedSize > 0 ? AssumedSize : null, SlicingArguments, SizedFields, RequireOneSlicingArgument));
    }
}
