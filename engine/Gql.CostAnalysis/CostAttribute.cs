using System.Globalization;
using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.CostAnalysis;

/// <summary>Applies <c>@cost(weight:)</c> to a code-first field (and declares the directive).</summary>
public sealed class CostAttribute(double weight, [CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public double Weight { get; } = weight;

    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Context.AddDirectiveDefinition(CostDirectives.CreateCostDefinition(descriptor.Context.GetScalar("String")));
        descriptor.Field.Directives.RemoveAll(d => d.Name.Value == CostDirectives.Cost);
        descriptor.Field.Directives.Add(CostDirectives.CreateCostNode(Weight.ToString(CultureInfo.InvariantCulture)));
    }
}
