namespace Gql.Fusion.Composition.Model;

/// <summary>
/// A <c>@lookup</c> field through which a source schema resolves an entity by key, e.g.
/// <c>productById(id: ID!): Product</c> on <c>Query</c>.
/// </summary>
internal sealed record ComposedLookup(
    string SchemaName,
    string DeclaringTypeName,
    string FieldName,
    string FieldType,
    IReadOnlyList<ComposedLookupArgument> Arguments,
    bool IsInternal)
{
    /// <summary>The key the lookup takes, as a selection set on the entity (e.g. <c>id</c> or <c>sku</c>).</summary>
    public string KeyFields => string.Join(" ", Arguments.SelectMany(a => a.Paths).Select(FormatPath).Distinct(StringComparer.Ordinal));

    /// <summary>The lookup field as SDL without description, e.g. <c>productById(id: ID!): Product</c>.</summary>
    public string FieldDefinition => FieldName + "(" + string.Join(", ", Arguments.Select(a => a.Name + ": " + a.Type)) + "): " + FieldType;

    private static string FormatPath(IReadOnlyList<string> path)
        => path.Count == 1 ? path[0] : path[0] + " { " + FormatPath(path.Skip(1).ToArray()) + " }";
}
