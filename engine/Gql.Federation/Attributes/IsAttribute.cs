namespace Gql.Federation;

/// <summary>
/// Maps a lookup argument to a field of the returned entity when the names differ
/// (<c>@is(field: "id")</c>, or a path such as <c>"address.id"</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class IsAttribute(string field) : ArgumentDescriptorAttribute
{
    public string Field { get; } = field;

    public override void OnConfigure(ArgumentDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Argument.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Is, ("field", Field)));
    }
}
