namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// ROOT_QUERY_USED / ROOT_MUTATION_USED / ROOT_SUBSCRIPTION_USED: a root operation type must have its
/// default name (<c>Query</c>, <c>Mutation</c>, <c>Subscription</c>), and a type with that name
/// must not be anything but that root type.
/// </summary>
internal sealed class RootTypeNameRule(OperationType operation, string defaultName, string code) : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        var root = schema.Schema.GetRootType(operation);
        var named = schema.Schema.GetType(defaultName);
        var kind = defaultName.ToLowerInvariant();
        if (root is not null && root.Name != defaultName)
        {
            log.Error(code, $"The root {kind} type in schema '{schema.Name}' must be named '{defaultName}'.", schema.Name, root.Name);
        }
        else if (root is null && named is not null)
        {
            log.Error(code, $"The type '{defaultName}' in schema '{schema.Name}' must be the root {kind} type.", schema.Name, defaultName);
        }
    }
}
