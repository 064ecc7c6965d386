using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>Marks an object type as internal to this source schema (<c>@internal</c>), for example a holder of internal lookups.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
public sealed class InternalTypeAttribute([CallerLineNumber] int order = 0) : ObjectTypeDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectTypeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Type.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Internal));
    }
}
