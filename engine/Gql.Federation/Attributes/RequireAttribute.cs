namespace Gql.Federation;

/// <summary>
/// Declares that the gateway supplies this argument from data of another source schema
/// (<c>@require(field: "dimension.size")</c>); the argument is left out of the composite schema.
/// In the Apollo subgraph SDL it becomes <c>@requires(fields: "dimension { size }")</c> on the field.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class RequireAttribute(string field) : ArgumentDescriptorAttribute
{
    public string Field { get; } = field;

    public override void OnConfigure(ArgumentDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Argument.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Require, ("field", Field)));
    }
}
