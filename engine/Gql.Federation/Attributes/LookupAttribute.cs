using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>
/// Marks a query field that fetches an entity by a stable key (<c>@lookup</c>): its arguments are
/// key fields of the returned type (or mapped with <see cref="IsAttribute"/>). Apollo Federation's
/// <c>_entities</c> and Relay's <c>node</c> resolve entities through these fields.
/// </summary>
public sealed class LookupAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    public override void OnConfigure(ObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Field.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Lookup));
        var (declaringType, field) = (descriptor.DeclaringType, descriptor.Field);
        descriptor.Context.OnCompleted(() => LookupValidator.Validate(declaringType, field));
    }
}
