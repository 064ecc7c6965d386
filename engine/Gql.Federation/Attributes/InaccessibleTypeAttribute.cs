using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>Hides this type from the composite (client-facing) schema (<c>@inaccessible</c> on the type).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
public sealed class InaccessibleTypeAttribute([CallerLineNumber] int order = 0) : ObjectTypeDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectTypeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Type.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Inaccessible));
    }
}
