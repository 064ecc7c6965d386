using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>Allows several source schemas to resolve this field (<c>@shareable</c>).</summary>
public sealed class ShareableAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Field.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Shareable));
    }
}
