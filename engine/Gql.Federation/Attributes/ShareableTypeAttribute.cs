using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>Allows several source schemas to resolve every field of this object type (<c>@shareable</c> on the type).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
public sealed class ShareableTypeAttribute([CallerLineNumber] int order = 0) : ObjectTypeDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectTypeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Type.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Shareable));
    }
}
