namespace Gql.Federation;

/// <summary>
/// Declares that the gateway supplies this argument from data of another source schema
/// (<c>@require(field: "dimension.size")</c>); the argument is left out of the composite schema.
/// In the Apollo subgraph SDL it becomes <c>@requires(fields: "dimension { size }")</c> on the field,
/// and when the argument is not given, its value is read from the <c>_entities</c> representation the
/// parent entity was resolved from (declare the argument nullable so Apollo's queries without it validate,
/// and the required fields <see cref="ExternalAttribute"/> on the type).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class RequireAttribute(string field) : ArgumentDescriptorAttribute
{
    public string Field { get; } = field;

    public override void OnConfigure(ArgumentDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Argument.Directives.Add(SourceSchemaDirectives.Apply(descriptor.Context, FederationDirectiveNames.Require, ("field", Field)));
        var field = descriptor.Field;
        var argument = descriptor.Argument;
        var path = Field.Contains('{', StringComparison.Ordinal) ? null : Field.Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (path is not null)
        {
            descriptor.Context.OnCompleted(() => field.Resolver = RequiredArgumentResolver.Wrap(field.Resolver, argument, path));
        }
    }
}
