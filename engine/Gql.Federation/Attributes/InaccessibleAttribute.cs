using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>Hides this field from the composite (client-facing) schema while the gateway may still use it (<c>@inaccessible</c>).</summary>
public sealed class InaccessibleAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Field.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Inaccessible));
    }
}
