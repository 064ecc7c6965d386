using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>Declares subfields of the returned type that this field supplies itself (<c>@provides(fields: "...")</c>).</summary>
public sealed class ProvidesAttribute(string fields, [CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public string Fields { get; } = fields;

    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Field.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Provides, ("fields", Fields)));
    }
}
