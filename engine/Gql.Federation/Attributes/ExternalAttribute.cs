using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>Declares a field this source schema knows but another one resolves (<c>@external</c>): a key field or a field that a <c>@provides</c> supplies.</summary>
public sealed class ExternalAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Field.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.External));
    }
}
