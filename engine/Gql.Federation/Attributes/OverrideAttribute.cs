using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>Takes this field over from another source schema (<c>@override(from: "Name")</c>).</summary>
public sealed class OverrideAttribute(string from, [CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public string From { get; } = from;

    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Field.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Override, ("from", From)));
    }
}
