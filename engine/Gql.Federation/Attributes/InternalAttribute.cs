using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>Marks a field as internal to this source schema (<c>@internal</c>): a lookup only the gateway uses, left out of the composite schema and of the Apollo subgraph SDL.</summary>
public sealed class InternalAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Field.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Internal));
    }
}
